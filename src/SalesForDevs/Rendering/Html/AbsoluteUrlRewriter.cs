using AngleSharp.Html.Parser;

namespace SalesForDevs.Rendering.Html;

/// <summary>
/// Makes every relative URL in an HTML fragment absolute against a page's URL (links, images, srcset, media).
/// Feed readers show content away from the site, where relative links break.
/// </summary>
public static class AbsoluteUrlRewriter
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite", "action", "data"];

    public static string Rewrite(string html, Uri pageUrl)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var container = document.CreateElement("div");
        foreach (var node in nodes.ToList()) container.AppendChild(node);

        foreach (var element in container.QuerySelectorAll("*"))
        {
            foreach (var name in UrlAttributes)
            {
                var value = element.GetAttribute(name);
                if (value is not null) element.SetAttribute(name, Absolute(value, pageUrl));
            }
            if (element.GetAttribute("srcset") is { } srcset)
                element.SetAttribute("srcset", RewriteSrcset(srcset, pageUrl));
        }
        return container.InnerHtml;
    }

    private static string Absolute(string value, Uri pageUrl)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return value;
        return Uri.TryCreate(pageUrl, trimmed, out var absolute) ? absolute.AbsoluteUri : value;
    }

    /// <summary>srcset is "url descriptor, url descriptor"; only the URLs change.</summary>
    private static string RewriteSrcset(string srcset, Uri pageUrl) =>
        string.Join(", ", srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var space = candidate.IndexOfAny([' ', '\t']);
            return space < 0 ? Absolute(candidate, pageUrl) : Absolute(candidate[..space], pageUrl) + candidate[space..];
        }));
}
