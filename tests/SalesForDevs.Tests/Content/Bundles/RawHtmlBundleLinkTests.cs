using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Content.Bundles;

// Issue 16: raw HTML in page bundles links to the bundle's files as markdown does.
public sealed class RawHtmlBundleLinkTests
{
    private static readonly HtmlParser Parser = new();

    private const string Bundle = """
        -- content/posts/2026-01-05-the-chart/index.md --
        ---
        title: The chart
        ---
        Inline: <img src="chart.png" alt="a chart"> and <a href='data/raises.csv?v=2#top'>the data</a>.

        <figure>
        <img src="./chart.png" alt="the chart again">
        <figcaption><a href="https://example.org/x.png">elsewhere</a>, <a href="/about/">about</a>, <a href="missing.png">not here</a>, <a href="#top">top</a></figcaption>
        </figure>

        -- content/posts/2026-01-05-the-chart/data/raises.csv --
        year,raise

        """;

    [Fact]
    public void Relative_links_in_raw_html_become_the_bundle_files_urls_and_others_stay_as_written()
    {
        Func<string, string?> bundle = url => url.StartsWith("chart.png", StringComparison.Ordinal) ? "/blog/x/chart.png" : null;
        Assert.Equal("<img src=\"/blog/x/chart.png\"> <a href=\"/blog/about/\"> <a href=\"other.png\"> <a href=\"mailto:a@b.c\"> <a href=\"#top\"> <a href=\"//cdn/chart.png\">",
            RawHtmlLinks.Rewrite("<img src=\"chart.png\"> <a href=\"/about/\"> <a href=\"other.png\"> <a href=\"mailto:a@b.c\"> <a href=\"#top\"> <a href=\"//cdn/chart.png\">",
                url => "/blog" + url, bundle));
    }

    [Fact]
    public void Raw_html_images_and_links_in_a_bundle_post_point_at_its_files_in_the_page_and_absolute_in_the_feeds()
    {
        using var site = new TempSite(SiteYml + Bundle);
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/chart.png"), TestImages.Png(40, 20));

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var content = Parser.ParseDocument(site.Read("2026/01/the-chart/index.html")).QuerySelector(".post-content")!;
        Assert.Equal(["/blog/2026/01/the-chart/chart.png", "/blog/2026/01/the-chart/chart.png"], content.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal(["/blog/2026/01/the-chart/data/raises.csv?v=2#top", "https://example.org/x.png", "/blog/about/", "missing.png", "#top"],
            content.QuerySelectorAll("a:not(.heading-anchor)").Select(a => a.GetAttribute("href")));

        var rss = XDocument.Parse(site.Read("feed.xml"));
        var encoded = rss.Descendants(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/")).Single().Value;
        var inFeed = Parser.ParseDocument(encoded);
        Assert.All(inFeed.QuerySelectorAll("img"), i => Assert.Equal("https://example.github.io/blog/2026/01/the-chart/chart.png", i.GetAttribute("src")));
        Assert.Contains(inFeed.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.github.io/blog/2026/01/the-chart/data/raises.csv?v=2#top");
    }
}
