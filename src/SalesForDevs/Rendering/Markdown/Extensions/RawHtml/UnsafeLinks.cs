using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Markdown.Extensions.RawHtml;

/// <summary>
/// With raw HTML turned off, the other way to put a script in a page is a link such as <c>javascript:…</c>:
/// those are errors at their position, so the site's owner sees them instead of a reader clicking them.
/// </summary>
internal static class UnsafeLinks
{
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:"];

    public static void Report(MarkdownDocument document, string sourcePath, int bodyStartLine, DiagnosticBag diagnostics)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            var (url, line, column) = inline switch
            {
                LinkInline link => (link.Url, link.Line, link.Column),
                AutolinkInline auto => (auto.Url, auto.Line, auto.Column),
                _ => (null, 0, 0),
            };
            if (url is null || !RunsScript(url, inline is LinkInline { IsImage: true })) continue;
            diagnostics.Error("unsafe-link", $"the link \"{Shorten(url)}\" could run a script, and this site has `markdown: {{ raw_html: false }}`; link to a page instead",
                new SourceLocation(sourcePath, bodyStartLine + line, column + 1));
        }
    }

    /// <summary>Browsers ignore spaces and control characters inside a scheme, so those are dropped before comparing.</summary>
    private static bool RunsScript(string url, bool isImage)
    {
        var scheme = new string(url.AsSpan(0, Math.Min(url.Length, 64)).ToArray().Where(c => c > ' ').ToArray());
        foreach (var s in ScriptSchemes)
        {
            if (!scheme.StartsWith(s, StringComparison.OrdinalIgnoreCase)) continue;
            // An image's data: URL is a picture, except SVG, which can carry script when opened on its own.
            return !(s == "data:" && isImage && scheme.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
                && !scheme.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase));
        }
        return false;
    }

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..40] + "…";
}
