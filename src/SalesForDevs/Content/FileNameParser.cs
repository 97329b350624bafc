using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesForDevs.Content;

/// <summary>Reads the date and slug that a Jekyll-style file name carries: <c>2026-01-05-the-difference-is-behavior.md</c>.</summary>
internal static partial class FileNameParser
{
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>.+)$")]
    private static partial Regex DatedName();

    public static (DateTimeOffset? Date, string Slug) Parse(string fileName) => ParseStem(Path.GetFileNameWithoutExtension(fileName));

    /// <summary>The same for a name without extension, such as a page bundle's folder.</summary>
    public static (DateTimeOffset? Date, string Slug) ParseStem(string stem)
    {
        // The usual name read without the regex (and its match objects); a name with a line break goes the regex's way.
        if (stem.Length > 11 && !stem.Contains('\n') && IsDigits(stem.AsSpan(0, 4)) && stem[4] == '-' && IsDigits(stem.AsSpan(5, 2)) && stem[7] == '-'
            && IsDigits(stem.AsSpan(8, 2)) && stem[10] == '-')
        {
            return DateTime.TryParseExact(stem.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day)
                ? (new DateTimeOffset(day, TimeSpan.Zero), Slugifier.Slugify(stem[11..]))
                : (null, Slugifier.Slugify(stem));
        }
        var match = DatedName().Match(stem);
        if (match.Success && DateTime.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            return (new DateTimeOffset(date, TimeSpan.Zero), Slugifier.Slugify(match.Groups["slug"].Value));
        return (null, Slugifier.Slugify(stem));
    }

    // \d in the regex: any decimal digit, not only ASCII.
    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsDigit(c)) return false;
        return true;
    }
}
