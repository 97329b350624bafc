using System.Xml;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Outputs;

/// <summary>Writes sitemap.xml (sitemaps.org 0.9) for every HTML page except 404, and robots.txt pointing at it.</summary>
internal static class SitemapWriter
{
    /// <param name="cache">Keeps the file while its list of addresses and dates does not change (sfd serve).</param>
    public static OutputFile Sitemap(SiteGraph graph, IEnumerable<OutputFile> pages, UrlBuilder urls, IOutputCache? cache = null) =>
        // The pages and their dates come from the graph: no post's body changes them.
        (cache ?? SiteOutputs.Fresh).ReuseFor("sitemap.xml", node: null, () => Entries(graph, pages, urls), entries => Write(entries.Items));

    private static SameItems<(string Loc, DateTimeOffset? LastModified)> Entries(SiteGraph graph, IEnumerable<OutputFile> pages, UrlBuilder urls)
    {
        var lastModified = graph.Posts.Concat(graph.Pages)
            .ToDictionary(p => p.OutputPath, p => p.Updated ?? p.Date, StringComparer.Ordinal);
        return new(pages.Where(p => p.Path.EndsWith(".html", StringComparison.Ordinal) && p.Path != "404.html")
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => (Loc: urls.Absolute(Permalinks.UrlForOutputPath(p.Path)), LastModified: lastModified.GetValueOrDefault(p.Path)))
            .ToList());
    }

    private static OutputFile Write(IReadOnlyList<(string Loc, DateTimeOffset? LastModified)> entries)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (loc, date) in entries)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", loc);
                if (date is { } d)
                    xml.WriteElementString("lastmod", d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return OutputFile.Generated("sitemap.xml", text + "\n");
    }

    public static OutputFile Robots(UrlBuilder urls) =>
        OutputFile.Generated("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n");
}
