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
        var html = t_html ??= new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        html.GetStringBuilder().Clear();
        html.Write("<ol>");
        var open = false;   // whether a nested list is open under the last top-level item
        var first = true;
        foreach (var heading in headings.Where(h => h.Level <= top + 1))
        {
            if (heading.Level == top)
            {
                if (open) { html.Write("</ol>"); open = false; }
                if (!first) html.Write("</li>");
                html.Write("<li>");
                WriteLink(html, heading);
            }
            else
            {
                if (first) html.Write("<li>");
                if (!open) { html.Write("<ol>"); open = true; }
                html.Write("<li>");
                WriteLink(html, heading);
                html.Write("</li>");
            }
            first = false;
        }
        if (open) html.Write("</ol>");
        html.Write("</li></ol>");
        var toc = html.ToString();
        if (html.GetStringBuilder().Capacity > 1 << 16) t_html = null;
        return toc;
    }

    // One writer per thread, its text copied out once per body.
    [ThreadStatic] private static StringWriter? t_html;

    private static void WriteLink(StringWriter html, HeadingBlock heading)
    {
        html.Write("<a href=\"#");
        WebUtility.HtmlEncode(heading.GetAttributes().Id, html);
        html.Write("\">");
        HeadingText.WriteEncoded(heading, html);
        html.Write("</a>");
    }
}
