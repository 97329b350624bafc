using System.Text.RegularExpressions;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Gives site-root links in raw HTML written in markdown (<c>&lt;a href="/about/"&gt;</c>, <c>&lt;img src="/x.png"&gt;</c>)
/// the base path, as markdown links get it, so a site under a sub-path keeps working; and relative links
/// (<c>&lt;img src="chart.png"&gt;</c>) the URL a function gives, which for a page bundle is its published file.
/// Protocol-relative (<c>//host/…</c>), absolute and fragment-only URLs are left alone.
/// </summary>
internal static partial class RawHtmlLinks
{
    [GeneratedRegex("""(?<=<[a-zA-Z][^<>]*?\s(?:href|src|poster|action)\s*=\s*)(?:"(?<url>/(?!/)[^"]*)"|'(?<url>/(?!/)[^']*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex RootAttribute();

    [GeneratedRegex("""(?<=<[a-zA-Z][^<>]*?\s(?:href|src|poster)\s*=\s*)(?:"(?<url>[^"/#:?][^":]*)"|'(?<url>[^'/#:?][^':]*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAttribute();

    /// <param name="relative">The URL of a relative link, or null to leave it as written.</param>
    public static string Rewrite(string html, Func<string, string> rootRelative, Func<string, string?>? relative = null)
    {
        if (html.IndexOf('=') < 0) return html;
        var rooted = html.IndexOf('/') < 0 ? html : RootAttribute().Replace(html, m =>
        {
            var url = m.Groups["url"];
            var quote = m.Value[0];
            return quote + rootRelative(url.Value) + quote;
        });
        return relative is null ? rooted : RelativeAttribute().Replace(rooted, m =>
        {
            var url = System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value);
            return relative(url) is { } resolved ? m.Value[0] + System.Net.WebUtility.HtmlEncode(resolved) + m.Value[0] : m.Value;
        });
    }
}
