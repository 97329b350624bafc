using System.Net;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// A nested &lt;ol&gt; of links to a body's headings: the two highest heading levels used below h1 (usually h2 and h3).
/// Empty when the body has fewer than two such headings.
/// </summary>
internal static class TableOfContents
{
    public static string Build(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level >= 2 && !string.IsNullOrEmpty(h.TryGetAttributes()?.Id))
            .ToList();
        if (headings.Count < 2) return "";
        var top = headings.Min(h => h.Level);
        var html = new StringBuilder("<ol>");
        var open = false;   // whether a nested list is open under the last top-level item
        var first = true;
        foreach (var heading in headings.Where(h => h.Level <= top + 1))
        {
            var link = $"<a href=\"#{WebUtility.HtmlEncode(heading.GetAttributes().Id)}\">{WebUtility.HtmlEncode(HeadingText.Of(heading))}</a>";
            if (heading.Level == top)
            {
                if (open) { html.Append("</ol>"); open = false; }
                if (!first) html.Append("</li>");
                html.Append("<li>").Append(link);
            }
            else
            {
                if (first) html.Append("<li>");
                if (!open) { html.Append("<ol>"); open = true; }
                html.Append("<li>").Append(link).Append("</li>");
            }
            first = false;
        }
        if (open) html.Append("</ol>");
        html.Append("</li></ol>");
        return html.ToString();
    }
}
