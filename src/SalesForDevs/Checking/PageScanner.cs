using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SalesForDevs.Checking;

/// <summary>Reads the HTML pages of a built site with AngleSharp: the ids each page defines and every URL it refers to.</summary>
internal static class PageScanner
{
    /// <summary>Scans every .html file of the output, in parallel; the result is in path order.</summary>
    public static IReadOnlyList<ScannedFile> ScanAll(OutputFolder folder)
    {
        var pages = folder.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var scanned = new ScannedFile[pages.Count];
        Parallel.For(0, pages.Count, i => scanned[i] = Scan(pages[i], File.ReadAllText(folder.FullPath(pages[i]))));
        return scanned;
    }

    public static ScannedFile Scan(string path, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]")) ids.Add(element.Id!);
        foreach (var anchor in document.QuerySelectorAll("a[name]")) ids.Add(anchor.GetAttribute("name")!);

        var links = new List<FoundLink>();
        foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], video[poster]"))
            AddLinks(element, links);
        // A page that opens <html> must close it; hand-written pages that leave out both (HTML allows that) are fine.
        var complete = !html.Contains("<html", StringComparison.OrdinalIgnoreCase) || html.AsSpan().TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase);
        var redirect = document.QuerySelectorAll("meta[http-equiv]").Any(m => string.Equals(m.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase));
        return new ScannedFile(path, ids, links) { Complete = complete, IsRedirect = redirect };
    }

    private static void AddLinks(IElement element, List<FoundLink> links)
    {
        var name = element.LocalName;
        if (element.GetAttribute("href") is { } href)
        {
            var kind = name switch
            {
                "a" or "area" => LinkKind.Link,
                "link" => LinkRelKind(element),
                _ => (LinkKind?)null,
            };
            if (kind is { } k) links.Add(new FoundLink(href, k));
        }
        var mediaKind = name switch
        {
            "img" or "picture" or "source" or "video" or "audio" or "track" or "input" => LinkKind.Image,
            "script" => LinkKind.Script,
            "iframe" or "frame" or "embed" => LinkKind.Frame,
            _ => (LinkKind?)null,
        };
        if (mediaKind is not { } media) return;
        if (element.GetAttribute("src") is { } src) links.Add(new FoundLink(src, media));
        if (element.GetAttribute("poster") is { } poster) links.Add(new FoundLink(poster, LinkKind.Image));
        if (element.GetAttribute("srcset") is { } srcset)
        {
            // "a.png 1x, b.png 2x": each candidate is a URL, then an optional size.
            foreach (var candidate in srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                links.Add(new FoundLink(candidate.Split(' ', 2)[0], LinkKind.Image));
        }
    }

    /// <summary>Null for rel values that name no resource to fetch (preconnect, dns-prefetch).</summary>
    private static LinkKind? LinkRelKind(IElement link)
    {
        var rel = (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rel.Contains("stylesheet")) return LinkKind.Stylesheet;
        if (rel.Contains("preconnect") || rel.Contains("dns-prefetch")) return null;
        return LinkKind.Resource;
    }
}
