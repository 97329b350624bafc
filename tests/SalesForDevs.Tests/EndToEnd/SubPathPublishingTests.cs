using System.Net;
using SalesForDevs.Building;
using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;
using Xunit.Abstractions;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// Publishes the repository's own site as GitHub Pages would for a project site: built with the base URL that the Pages
/// workflow passes as --base-url (a sub-path, not site.yml's), served under that sub-path, and crawled from the home page.
/// </summary>
public sealed class SubPathPublishingTests(ITestOutputHelper log)
{
    private const string SubPath = "SalesForDevs";

    /// <summary>The host of site.yml's base_url: a page that links there ignored the base URL it was built for.</summary>
    private static readonly string[] ConfiguredHosts = [SiteConfigLoader.Load(RepoPaths.Root, new DiagnosticBag())!.BaseUrl.Host];

    public static TheoryData<string, string> Days => new()
    {
        // Every post is out.
        { "after the last post", "2026-11-26T00:00:00Z" },
        // Half the series is out: the others are promises ("coming soon") that must not turn into broken links.
        { "mid-series", "2026-02-03T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public async Task Every_page_link_and_asset_answers_under_the_sub_path(string when, string now)
    {
        var output = Path.Combine(Path.GetTempPath(), "sfd-pages-" + Guid.NewGuid().ToString("N"));
        using var server = new StaticSiteServer(output, SubPath);
        try
        {
            var result = SiteBuilder.Build(RepoPaths.Root, output, new BuildOptions
            {
                Now = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture),
                BaseUrlOverride = server.BaseUrl.ToString(),
            });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
            var crawler = new SiteCrawler(client, server.BaseUrl, ConfiguredHosts);
            await crawler.CrawlAsync(
                (server.BaseUrl, HttpStatusCode.OK),
                // GitHub Pages answers a missing path under the site with its 404.html, at any depth: its links must work there too.
                (new Uri(server.BaseUrl, "no/such/page/"), HttpStatusCode.NotFound),
                // What search engines read first; it names the sitemap, whose URLs are then checked too.
                (new Uri(server.BaseUrl, "robots.txt"), HttpStatusCode.OK));

            log.WriteLine($"{when}: fetched {crawler.Visited.Count} URLs; {crawler.ExternalLinks.Count} links to other hosts, not fetched");
            Assert.True(crawler.Problems.Count == 0, $"{when}:\n" + string.Join("\n", crawler.Problems));

            var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).ToList();
            var unreached = pages.Except(server.ServedFiles).ToList();
            Assert.True(unreached.Count == 0, $"{when}: pages no link leads to:\n" + string.Join("\n", unreached));

            // The crawl did cover the site: every kind of output was fetched.
            var visited = crawler.Visited.Select(u => u.AbsolutePath[server.BaseUrl.AbsolutePath.Length..]).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("assets/css/site.css", visited);
            Assert.Contains("feed.xml", visited);
            Assert.Contains("atom.xml", visited);
            Assert.Contains("feed.json", visited);
            Assert.Contains("sitemap.xml", visited);
            Assert.Contains("series/sales-for-devs/", visited);
            Assert.True(pages.Count >= 10, $"only {pages.Count} pages were built");
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Server_answers_nothing_outside_the_sub_path()
    {
        var output = Path.Combine(Path.GetTempPath(), "sfd-pages-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "<p>home</p>");
        using var server = new StaticSiteServer(output, SubPath);
        try
        {
            using var client = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(server.BaseUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(server.BaseUrl, "/index.html"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(server.BaseUrl, "/"))).StatusCode);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
