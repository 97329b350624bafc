using System.Globalization;

namespace SalesForDevs.Content;

/// <summary>Parses front matter dates: a date, or a date-time with an offset (RFC 3339 and the common YAML spellings).</summary>
internal static class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss K", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>Dates without an offset are taken as UTC, so a build gives the same result on every machine.</summary>
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out value);
}
