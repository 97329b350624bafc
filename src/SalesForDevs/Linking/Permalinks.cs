using System.Globalization;
using SalesForDevs.Content;

namespace SalesForDevs.Linking;

/// <summary>Expands the permalink pattern (/:year/:month/:slug/) for a post; pages live at /slug/.</summary>
internal static class Permalinks
{
    public static string For(ContentItem item, string pattern)
    {
        if (item.Kind == ContentKind.Page) return $"/{item.Slug}/";
        var date = item.Date ?? DateTimeOffset.UnixEpoch;
        var url = pattern
            .Replace(":year", date.Year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":month", date.Month.ToString("D2", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":day", date.Day.ToString("D2", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":slug", item.Slug, StringComparison.Ordinal)
            .Replace(":section", item.FrontMatter.Section ?? "posts", StringComparison.Ordinal)
            .Replace(":series", item.FrontMatter.Series ?? "posts", StringComparison.Ordinal);
        return url.EndsWith('/') || url.EndsWith(".html", StringComparison.Ordinal) ? url : url + "/";
    }

    /// <summary>The URL a written file is served at, the inverse of <see cref="OutputPathFor"/>: DIR/index.html is served as /DIR/.</summary>
    public static string UrlForOutputPath(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;

    /// <summary>The file a URL is written to: pretty URLs become DIR/index.html.</summary>
    public static string OutputPathFor(string url)
    {
        var trimmed = url.TrimStart('/');
        return trimmed.Length == 0 ? "index.html" : trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }
}
