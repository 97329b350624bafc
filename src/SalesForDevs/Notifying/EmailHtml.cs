using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SalesForDevs.Rendering.Html;

namespace SalesForDevs.Notifying;

/// <summary>
/// Finishes the email layout's HTML for mail clients: every URL absolute (a mail has no page to be relative to), and
/// inline styles on the post's own elements that the layout cannot reach and that clients render badly unstyled.
/// An element that already has a style attribute keeps it.
/// </summary>
internal static class EmailHtml
{
    private static readonly (string Selector, string Style)[] Defaults =
    [
        ("img", "max-width:100%;height:auto;"),
        ("pre", "white-space:pre-wrap;word-wrap:break-word;background:#f3f1ec;padding:12px;border-radius:4px;font-size:14px;line-height:1.45;"),
        (":not(pre) > code", "font-family:Menlo,Consolas,monospace;font-size:90%;background:#f3f1ec;padding:1px 4px;border-radius:3px;"),
        ("blockquote", "margin:0 0 16px;padding:0 0 0 14px;border-left:3px solid #d6d0c4;color:#4a463f;"),
        ("table", "border-collapse:collapse;"),
        ("th, td", "border:1px solid #e2ded5;padding:4px 8px;"),
        ("a", "color:#1d4e89;"),
    ];

    public static string Finish(string html, Uri postUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body!;
        // AbsoluteUrlRewriter works on fragments; the body is where every link of an email lives.
        body.InnerHtml = AbsoluteUrlRewriter.Rewrite(body.InnerHtml, postUrl);
        foreach (var (selector, style) in Defaults)
            foreach (var element in body.QuerySelectorAll(selector).Where(e => !e.HasAttribute("style")))
                element.SetAttribute("style", style);
        return document.ToHtml() + "\n";
    }
}
