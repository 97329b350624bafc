using System.Text.RegularExpressions;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Gives site-root links in raw HTML written in markdown (<c>&lt;a href="/about/"&gt;</c>, <c>&lt;img src="/x.png"&gt;</c>)
/// the base path, as markdown links get it, so a site under a sub-path keeps working. Protocol-relative
/// (<c>//host/…</c>), relative and absolute URLs are left alone.
/// </summary>
internal static partial class RawHtmlLinks
{
    [GeneratedRegex("""(?<=<[a-zA-Z][^<>]*?\s(?:href|src|poster|action)\s*=\s*)(?:"(?<url>/(?!/)[^"]*)"|'(?<url>/(?!/)[^']*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex RootAttribute();

    public static string Rewrite(string html, Func<string, string> rootRelative) =>
        html.IndexOf('/') < 0 ? html : RootAttribute().Replace(html, m =>
        {
            var url = m.Groups["url"];
            var quote = m.Value[0];
            return quote + rootRelative(url.Value) + quote;
        });
}
