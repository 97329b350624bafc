using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace SalesForDevs.Rendering.Html;

/// <summary>
/// Makes every relative URL in an HTML fragment absolute against a page's URL (links, images, srcset, media, forms).
/// Feed readers show content away from the site, where relative links break. URLs that already name a scheme
/// (https:, mailto:, data:) are left exactly as written.
/// </summary>
internal static partial class AbsoluteUrlRewriter
{
    private static readonly string[] UrlAttributes =
        ["href", "src", "poster", "cite", "action", "formaction", "data", "longdesc", "background", "xlink:href"];

    private static readonly string[] SrcsetAttributes = ["srcset", "imagesrcset"];

    // A parser sets up a browsing context and its services when made; one per thread is made once, not once per post.
    [ThreadStatic] private static HtmlParser? t_parser;

    /// <summary>
    /// The fragment with absolute URLs and without heading anchors, serialized as AngleSharp does. Most posts take the
    /// single pass (<see cref="HtmlFragmentRewriter"/>); markup it cannot prove it reads like the HTML parser is parsed.
    /// </summary>
    public static string Rewrite(string html, Uri pageUrl) =>
        HtmlFragmentRewriter.TryRewrite(html, pageUrl, out var rewritten) ? rewritten : RewriteParsed(html, pageUrl);

    /// <summary><see cref="Rewrite(string, Uri)"/> on a body kept as UTF-8, decoded into a buffer of this thread's for the single pass.</summary>
    public static string Rewrite(Markdown.Utf8Html html, Uri pageUrl)
    {
        var chars = t_chars;
        if (chars is null || chars.Length < html.CharLength || chars.Length > Math.Max(1 << 16, 2 * html.CharLength))
            t_chars = chars = new char[Math.Max(html.CharLength, 1024)];
        var text = chars.AsSpan(0, html.CopyTo(chars));
        return HtmlFragmentRewriter.TryRewrite(text, pageUrl, out var rewritten) ? rewritten : RewriteParsed(html.ToString(), pageUrl);
    }

    // A body's text for the single pass, kept while bodies are of a similar size.
    [ThreadStatic] private static char[]? t_chars;

    /// <summary>The same through AngleSharp's parser and serializer: for any fragment, and the reference the single pass is tested against.</summary>
    public static string RewriteParsed(string html, Uri pageUrl)
    {
        var parser = t_parser ??= new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        foreach (var node in parser.ParseFragment(html, body).ToList()) body.AppendChild(node);

        // Heading anchors are for readers of the page; in a feed reader or an email they are a stray "#".
        foreach (var anchor in body.QuerySelectorAll("a.heading-anchor").ToList()) anchor.Remove();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value) element.SetAttribute(name, Absolute(value, pageUrl));
            }
            foreach (var name in SrcsetAttributes)
            {
                if (element.GetAttribute(name) is { } srcset) element.SetAttribute(name, RewriteSrcset(srcset, pageUrl));
            }
        }
        return body.InnerHtml;
    }

    /// <summary>A URL resolved against the page, as a browser would; empty values and URLs with a scheme stay as they are.</summary>
    public static string Absolute(string value, Uri pageUrl)
    {
        var trimmed = value.Trim(HtmlSpace);
        if (trimmed.Length == 0 || HasScheme().IsMatch(trimmed)) return value;
        return Uri.TryCreate(pageUrl, trimmed, out var absolute) ? absolute.AbsoluteUri : value;
    }

    /// <summary>
    /// srcset is a list of "URL [descriptor]" candidates separated by commas. As in the HTML standard's parsing rules,
    /// a URL runs to the next white space (so it may itself contain commas) and descriptors run to the next comma
    /// outside parentheses. Only the URLs change.
    /// </summary>
    public static string RewriteSrcset(string srcset, Uri pageUrl)
    {
        var candidates = new List<string>();
        var i = 0;
        while (true)
        {
            while (i < srcset.Length && (IsHtmlSpace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) break;

            var start = i;
            while (i < srcset.Length && !IsHtmlSpace(srcset[i])) i++;
            var url = srcset[start..i];
            var descriptors = "";
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                var descriptorStart = i;
                var depth = 0;
                while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
                {
                    if (srcset[i] == '(') depth++;
                    else if (srcset[i] == ')' && depth > 0) depth--;
                    i++;
                }
                descriptors = srcset[descriptorStart..i].Trim(HtmlSpace);
            }
            var candidate = new StringBuilder(Absolute(url, pageUrl));
            if (descriptors.Length > 0) candidate.Append(' ').Append(descriptors);
            candidates.Add(candidate.ToString());
        }
        return string.Join(", ", candidates);
    }

    private static readonly char[] HtmlSpace = [' ', '\t', '\n', '\f', '\r'];

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>RFC 3986 scheme: a letter, then letters, digits, +, - or ., then a colon.</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex HasScheme();
}
