using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Rewrites links on the markdown tree: links to other content files become their page URLs (or promises),
/// and site-root-relative URLs gain the base path. Runs before rendering so positions are exact.
/// </summary>
internal static class LinkRewriter
{
    /// <param name="nodes">The body's nodes, found before any pass changed the tree's shape.</param>
    public static void Rewrite(MarkdownNodes nodes, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics)
    {
        RewriteRawHtml(nodes.RawHtml, sourcePath, links);
        foreach (var link in nodes.Links)
        {
            var url = link.Url;
            if (string.IsNullOrEmpty(url)) continue;
            if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                link.Url = links.RootRelative(url);
                continue;
            }
            if (IsExternal(url)) continue;
            // A page bundle's own files get their full URL, so excerpts on other pages and feeds find them too.
            if (links.BundleFileUrl(sourcePath, url) is { } bundled)
            {
                link.Url = bundled;
                continue;
            }
            if (link.IsImage) continue;

            var hash = url.IndexOf('#');
            var path = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
            var fragment = hash >= 0 ? url[(hash + 1)..] : null;
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;

            var at = new SourceLocation(sourcePath, bodyStartLine + link.Line, link.Column + 1);
            switch (links.ResolveContentLink(sourcePath, path, fragment))
            {
                case LinkTarget.Page page:
                    link.Url = page.Href;
                    break;
                case LinkTarget.Promise promise:
                    Unwrap(link, $"<span class=\"promise\" title=\"{System.Net.WebUtility.HtmlEncode(promise.Hint)}\">",
                        $"</span> <small class=\"coming-soon\">{promise.Mark}</small>");
                    break;
                case LinkTarget.Hidden:
                    Unwrap(link, "", "");
                    break;
                case LinkTarget.Missing missing:
                    diagnostics.Error("broken-link", $"link to \"{url}\": {missing.Reason}", at);
                    break;
            }
        }
    }

    /// <summary>
    /// Root links in raw HTML get the base path too, and relative ones to a page bundle's files the file's URL, as
    /// markdown links do; before the link pass, so its own HTML is not touched twice.
    /// </summary>
    private static void RewriteRawHtml(IReadOnlyList<MarkdownObject> rawHtml, string sourcePath, ILinkResolver links)
    {
        Func<string, string?> bundled = url => links.BundleFileUrl(sourcePath, url);
        foreach (var inline in rawHtml.OfType<HtmlInline>())
            inline.Tag = RawHtmlLinks.Rewrite(inline.Tag, links.RootRelative, bundled);
        foreach (var block in rawHtml.OfType<HtmlBlock>())
        {
            var lines = block.Lines.Lines;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var text = lines[i].Slice.ToString();
                var rewritten = RawHtmlLinks.Rewrite(text, links.RootRelative, bundled);
                if (!ReferenceEquals(text, rewritten) && text != rewritten) lines[i].Slice = new Markdig.Helpers.StringSlice(rewritten);
            }
        }
    }

    private static bool IsExternal(string url) =>
        url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) ||
        (url.IndexOf(':') is var colon and > 0 && url.IndexOfAny(['/', '?', '#']) is var slash && (slash < 0 || colon < slash));

    /// <summary>Replaces the link by its own inline children, wrapped in the given HTML.</summary>
    private static void Unwrap(LinkInline link, string before, string after)
    {
        Inline anchor = link;
        if (before.Length > 0) { var open = new HtmlInline(before); link.InsertBefore(open); }
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        if (after.Length > 0) link.InsertBefore(new HtmlInline(after));
        anchor.Remove();
    }
}
