using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SalesForDevs.Rendering.Html;

/// <summary>
/// Makes a shortcode's output fit for a feed reader or an email: readers drop or refuse scripts, styles, frames and
/// plug-ins, so those never reach them. An embedded frame or object becomes a plain link to what it showed; scripts,
/// styles, forms and event-handler or style attributes are removed, as are javascript: URLs.
/// </summary>
internal static class FeedSafeHtml
{
    private static readonly string[] Dropped = ["script", "style", "link", "meta", "base", "template", "form", "input", "button", "select", "textarea", "frame", "frameset"];
    private static readonly string[] Embeds = ["iframe", "embed", "object"];
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "cite"];

    public static string Clean(string html)
    {
        if (!html.Contains('<')) return html;
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        foreach (var node in parser.ParseFragment(html, body).ToList()) body.AppendChild(node);

        foreach (var element in body.QuerySelectorAll(string.Join(',', Embeds)).ToList())
        {
            if (!element.IsConnected()) continue;
            var url = element.GetAttribute("src") ?? element.GetAttribute("data") ?? "";
            if (url.Length == 0 || IsScript(url))
            {
                element.Remove();
                continue;
            }
            var label = element.GetAttribute("title") is { Length: > 0 } title ? title : url;
            var link = document.CreateElement("a");
            link.SetAttribute("href", url);
            link.TextContent = label;
            element.Replace(link);
        }
        foreach (var element in body.QuerySelectorAll(string.Join(',', Dropped)).ToList()) element.Remove();
        // <noscript> holds what a reader without scripts should see: keep its content, lose the wrapper.
        foreach (var element in body.QuerySelectorAll("noscript").ToList())
        {
            // Parsed without scripting, so its content is markup already.
            foreach (var child in element.ChildNodes.ToList()) element.Before(child);
            element.Remove();
        }
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes.ToList())
            {
                var name = attribute.Name;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                    || (UrlAttributes.Contains(name, StringComparer.OrdinalIgnoreCase) && IsScript(attribute.Value)))
                    element.RemoveAttribute(name);
            }
        }
        return body.InnerHtml;
    }

    private static bool IsScript(string url)
    {
        var trimmed = WebUtility.HtmlDecode(url).Trim().Replace("\t", "").Replace("\n", "").Replace("\r", "");
        return trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsConnected(this IElement element) => element.Parent is not null;
}
