using AngleSharp.Html.Parser;
using SalesForDevs.Content;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Outputs.Aliases;

/// <summary>Aliases (redirects from old addresses) and stable feed ids (issue 16).</summary>
public sealed class AliasPageTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("/old/path/", "/old/path/")]
    [InlineData("/old/path", "/old/path/")]
    [InlineData("//old///path", null)]
    [InlineData("/old.html", "/old.html")]
    [InlineData("old/path/", null)]
    [InlineData("https://example.com/old/", null)]
    [InlineData("/a/../b/", null)]
    [InlineData("/a/?x=1", null)]
    [InlineData("/", null)]
    public void Aliases_are_site_paths_that_name_a_folder_unless_they_name_an_html_file(string alias, string? expected) =>
        Assert.Equal(expected, AliasReader.Normalize(alias));

    [Fact]
    public void An_alias_is_a_redirect_page_to_the_post_left_out_of_sitemap_and_feeds()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "new-name", "aliases: [/2025/12/old-name/, /old.html]"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var path in new[] { "2025/12/old-name/index.html", "old.html" })
        {
            var page = Parser.ParseDocument(site.Read(path));
            Assert.Equal("https://example.github.io/blog/2026/01/new-name/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("0; url=https://example.github.io/blog/2026/01/new-name/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Equal("https://example.github.io/blog/2026/01/new-name/", page.QuerySelector("body a")!.GetAttribute("href"));
        }
        Assert.DoesNotContain("old", site.Read("sitemap.xml"));
        Assert.DoesNotContain("old-name", site.Read("feed.xml"));
        Assert.DoesNotContain("old-name", site.Read("search-index.json"));
    }

    [Fact]
    public void A_draft_has_no_redirects_until_it_is_published()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "new-name", "draft: true\naliases: [/old/]"));
        Assert.True(site.Build().Succeeded);
        Assert.False(site.Exists("old/index.html"));
    }

    [Fact]
    public async Task Sfd_check_accepts_redirect_pages_that_nothing_links_to()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "new-name", "aliases: [/old/]"));
        Assert.True(site.Build().Succeeded);

        var report = await SalesForDevs.Checking.SiteChecker.CheckAsync(site.Root, site.Output,
            new SalesForDevs.Checking.CheckOptions { Now = TempSite.Now, Strict = true });

        Assert.DoesNotContain(report.Problems, p => p.Page.StartsWith("old/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_on_a_file_the_site_writes_is_an_error_at_the_alias()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "new-name", "aliases: [/feed.xml]"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.StartsWith("content/posts/2026-01-05-new-name.md:3:11: error: alias /feed.xml/ would be written to feed.xml/index.html", error.ToString());
    }

    [Fact]
    public void Front_matter_id_keeps_the_feed_entry_id_when_the_slug_changes()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "first-name"));
        Assert.True(site.Build().Succeeded);
        var before = Ids(site);

        site.Delete("content/posts/2026-01-05-first-name.md");
        site.Write("content/posts/2026-01-05-better-name.md", "---\ntitle: Better name\nid: first-name\naliases: [/2026/01/first-name/]\n---\nBody text.\n");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("tag:example.github.io,2026-01-05:/blog/first-name", Assert.Single(before));
        Assert.Equal(before, Ids(site));
        Assert.Contains("/2026/01/better-name/", site.Read("feed.xml"));
    }

    [Fact]
    public void A_uri_id_is_the_entry_id_as_written()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "post", "id: urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal(["urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"], Ids(site));
        Assert.Contains("<id>urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</id>", site.Read("atom.xml"));
    }

    private static List<string> Ids(TempSite site) =>
        System.Xml.Linq.XDocument.Parse(site.Read("feed.xml")).Descendants("guid").Select(g => g.Value).ToList();
}
