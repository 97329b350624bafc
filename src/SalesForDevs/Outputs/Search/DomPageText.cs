using AngleSharp.Html.Parser;

namespace SalesForDevs.Outputs.Search;

/// <summary>
/// <see cref="PageText"/> by a full HTML parse: the reference the streaming scanner must match, and what reads the
/// bodies whose raw HTML the scanner leaves alone (foreign content, misnested tables, unusual character references).
/// </summary>
internal static class DomPageText
{
    [ThreadStatic] private static HtmlParser? t_parser;

    public static PageText Read(string html)
    {
        var parser = t_parser ??= new HtmlParser();
        var body = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        // Code blocks are long and rarely what a reader searches for; headings are kept apart, they weigh more.
        // The theme's heading anchors ("#") are decoration, not words of the heading.
        foreach (var element in body.QuerySelectorAll("pre, script, style, a.heading-anchor").ToList()) element.Remove();
        var headings = body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => PageText.Collapse(h.TextContent)).Where(h => h.Length > 0).ToList();
        return new PageText(body.TextContent, headings);
    }
}
