using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Finds raw HTML in markdown nested deeper than a browser keeps (Chromium stops nesting elements at 512).
/// The HTML parsers that read each page later (feed URLs, search text) take time growing with the square of the depth,
/// so 100,000 nested <c>&lt;div&gt;</c>s would run for minutes; the build reports the line instead, in linear time.
/// </summary>
internal static class RawHtmlNesting
{
    public const int MaxDepth = 512;

    // Elements that never hold others, and ones whose end tag may be left out: neither deepens a page.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rb", "rt", "rtc", "rp",
    };

    /// <summary>The 0-based line and column (in the body) of the first start tag past the limit; null when there is none.</summary>
    /// <param name="rawHtml">The body's raw HTML blocks and inlines in document order (<see cref="MarkdownNodes.RawHtml"/>).</param>
    public static (int Line, int Column)? Find(IReadOnlyList<MarkdownObject> rawHtml)
    {
        var open = new List<string>();
        foreach (var node in rawHtml)
        {
            switch (node)
            {
                case HtmlBlock block:
                    var lines = block.Lines.Lines;
                    for (var i = 0; i < block.Lines.Count; i++)
                        if (Scan(lines[i].Slice.ToString(), open) is { } column) return (lines[i].Line, column);
                    break;
                case HtmlInline inline:
                    if (Scan(inline.Tag, open) is not null) return (inline.Line, inline.Column);
                    break;
            }
        }
        return null;
    }

    /// <summary>Follows start and end tags in one piece of raw HTML; the column of the tag that went too deep, if one did.</summary>
    private static int? Scan(string html, List<string> open)
    {
        var at = html.IndexOf('<');
        while (at >= 0 && at + 1 < html.Length)
        {
            var closing = html[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            var end = html.IndexOf('>', nameEnd);
            if (nameEnd > nameStart && char.IsAsciiLetter(html[nameStart]))
            {
                var name = html[nameStart..nameEnd];
                var selfClosing = end > 0 && html[end - 1] == '/';
                if (closing) Close(open, name);
                else if (!selfClosing && !NotNesting.Contains(name))
                {
                    open.Add(name);
                    if (open.Count > MaxDepth) return at;
                }
            }
            if (end < 0) break;
            at = html.IndexOf('<', end + 1);
        }
        return null;
    }

    /// <summary>An end tag closes its element and every element left open inside it; a stray end tag changes nothing.</summary>
    private static void Close(List<string> open, string name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (!string.Equals(open[i], name, StringComparison.OrdinalIgnoreCase)) continue;
            open.RemoveRange(i, open.Count - i);
            return;
        }
    }
}
