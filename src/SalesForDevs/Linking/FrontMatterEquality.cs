using SalesForDevs.Content;

namespace SalesForDevs.Linking;

/// <summary>
/// Compares two parses of a front matter by value (sfd serve: was a save only a new title?). The record's own equality
/// compares its lists by reference, and two parses of the same text never share lists, so the lists are compared item by
/// item here and every other field by the record's equality: a field added later is compared without this class knowing.
/// </summary>
internal static class FrontMatterEquality
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> say the same in everything but their titles.</summary>
    public static bool AllButTitle(FrontMatter a, FrontMatter b)
    {
        // DateTimeOffset's equality ignores the offset, which pages show.
        if (!SameDate(a.Date, b.Date) || !SameDate(a.Updated, b.Updated)) return false;
        // Free-form values have no equality of their own: only "none on either side" is known to be the same.
        if (a.Params.Count != 0 || b.Params.Count != 0) return false;
        if (a.OtherKeys.Count != b.OtherKeys.Count || !SameTerms(a.Terms, b.Terms)) return false;
        var aligned = a with
        {
            Title = b.Title,
            Tags = a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal) ? b.Tags : a.Tags,
            BuildsOn = a.BuildsOn.SequenceEqual(b.BuildsOn) ? b.BuildsOn : a.BuildsOn,
            Aliases = a.Aliases.SequenceEqual(b.Aliases) ? b.Aliases : a.Aliases,
            Authors = a.Authors.SequenceEqual(b.Authors) ? b.Authors : a.Authors,
            Params = b.Params,
            Terms = b.Terms,
            // The taxonomies' terms are read from these keys into Terms, compared above.
            OtherKeys = b.OtherKeys,
        };
        return aligned == b;
    }

    private static bool SameDate(DateTimeOffset? a, DateTimeOffset? b) => a is { } x ? b is { } y && x.EqualsExact(y) : b is null;

    private static bool SameTerms(IReadOnlyDictionary<string, IReadOnlyList<string>> a, IReadOnlyDictionary<string, IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.All(t => b.TryGetValue(t.Key, out var other) && t.Value.SequenceEqual(other, StringComparer.Ordinal));
}
