namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// Everything one feed file is written from, compared by value (items and their tags element by element), so sfd
/// serve rewrites a feed only when an entry it carries or its channel changed. Entry HTML is usually the same string
/// instance build after build, which makes comparing it cheap.
/// </summary>
internal readonly record struct FeedInputs(FeedChannel Channel, string SelfUrl, bool FullContent)
{
    public bool Equals(FeedInputs other) =>
        FullContent == other.FullContent && SelfUrl == other.SelfUrl && SameChannel(Channel, other.Channel);

    public override int GetHashCode() => HashCode.Combine(SelfUrl, Channel.Items.Count);

    private static bool SameChannel(FeedChannel a, FeedChannel b) =>
        a.Folder == b.Folder && a.Category == b.Category && a.Title == b.Title && a.Description == b.Description && a.HomeUrl == b.HomeUrl && a.Language == b.Language
        && a.AuthorName == b.AuthorName && a.AuthorEmail == b.AuthorEmail && a.Generator == b.Generator
        && a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(pair => SameItem(pair.First, pair.Second));

    private static bool SameItem(FeedItem a, FeedItem b) =>
        a.Id == b.Id && a.Title == b.Title && a.Url == b.Url && a.Published.EqualsExact(b.Published) && SameDate(a.Updated, b.Updated)
        && a.Summary == b.Summary && a.ContentHtml == b.ContentHtml && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal);

    // Exact: feeds write a date with its own offset, so the same instant at another offset is another text.
    private static bool SameDate(DateTimeOffset? a, DateTimeOffset? b) => a is { } x ? b is { } y && x.EqualsExact(y) : b is null;
}
