using AngleSharp.Html.Parser;
using SalesForDevs.Content.Bundles;
using SalesForDevs.Building;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Content.Bundles;

/// <summary>Page bundles: a post as a folder with its files beside it (issue 16).</summary>
public sealed class PageBundleTests
{
    private static readonly HtmlParser Parser = new();

    private const string BundlePost = """
        -- content/posts/2026-01-05-the-chart/index.md --
        ---
        title: The chart
        ---
        See ![a chart of raises](chart.png) and [the data](data/raises.csv "numbers") and [a note](notes.md).

        -- content/posts/2026-01-05-the-chart/notes.md --
        ---
        title: Notes
        date: 2026-01-04
        ---
        Notes.

        -- content/posts/2026-01-05-the-chart/data/raises.csv --
        year,raise
        2025,4

        """;

    [Fact]
    public void Finder_gives_each_bundle_its_files_and_leaves_markdown_and_loose_files_alone()
    {
        var (markdown, bundles) = BundleFinder.Find([
            "content/posts/a/index.md", "content/posts/a/chart.png", "content/posts/a/img/b.png", "content/posts/a/extra.md",
            "content/posts/a/inner/index.md", "content/posts/a/inner/c.png", "content/posts/loose.png", "content/posts/one.md",
            "content/posts/index.md",
        ], "content/posts");

        Assert.Equal(["content/posts/a/index.md", "content/posts/a/extra.md", "content/posts/a/inner/index.md", "content/posts/one.md", "content/posts/index.md"], markdown);
        Assert.Equal(["content/posts/a/index.md", "content/posts/a/inner/index.md"], bundles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["content/posts/a/chart.png", "content/posts/a/img/b.png"], bundles["content/posts/a/index.md"].Files);
        Assert.Equal(["content/posts/a/inner/c.png"], bundles["content/posts/a/inner/index.md"].Files);
    }

    [Fact]
    public void A_bundle_post_takes_slug_and_date_from_its_folder_and_publishes_its_files_beside_the_page()
    {
        using var site = new TempSite(SiteYml + BundlePost);
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/chart.png"), TestImages.Png(40, 20));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(site.Exists("2026/01/the-chart/index.html"));
        Assert.True(site.Exists("2026/01/the-chart/chart.png"));
        Assert.Equal("year,raise\n2025,4\n", site.Read("2026/01/the-chart/data/raises.csv"));
        Assert.False(site.Exists("2026/01/index/index.html"));
        // Markdown files in the folder stay posts of their own and are not published as files.
        Assert.True(site.Exists("2026/01/notes/index.html"));
        Assert.False(site.Exists("2026/01/the-chart/notes.md"));

        var page = Parser.ParseDocument(site.Read("2026/01/the-chart/index.html"));
        var image = page.QuerySelector(".post-content img")!;
        Assert.Equal("/blog/2026/01/the-chart/chart.png", image.GetAttribute("src"));
        Assert.Equal("40", image.GetAttribute("width"));
        Assert.Equal("/blog/2026/01/the-chart/data/raises.csv", page.QuerySelector(".post-content a[title=numbers]")!.GetAttribute("href"));
        Assert.Equal("/blog/2026/01/notes/", page.QuerySelector(".post-content a[href$='notes/']")!.GetAttribute("href"));
    }

    [Fact]
    public void Bundle_files_resolve_to_absolute_urls_in_feeds_and_full_urls_on_the_home_page()
    {
        using var site = new TempSite(SiteYml + BundlePost);
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/chart.png"), TestImages.Png(40, 20));

        Assert.True(site.Build().Succeeded);

        Assert.Contains("src=\"https://example.github.io/blog/2026/01/the-chart/chart.png\"", site.Read("feed.xml"));
        Assert.Contains("https://example.github.io/blog/2026/01/the-chart/chart.png", site.Read("feed.json"));
        var home = Parser.ParseDocument(site.Read("index.html"));
        Assert.All(home.QuerySelectorAll("img[src*='chart.png']"), i => Assert.Equal("/blog/2026/01/the-chart/chart.png", i.GetAttribute("src")));
    }

    [Fact]
    public void A_page_bundle_publishes_beside_the_page_and_a_draft_bundle_keeps_its_files_back()
    {
        using var site = new TempSite(SiteYml + """
            -- content/pages/team/index.md --
            ---
            title: Team
            ---
            ![the team](team.svg)
            -- content/pages/team/team.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
            -- content/posts/2026-02-01-secret/index.md --
            ---
            title: Secret
            draft: true
            ---
            Soon.
            -- content/posts/2026-02-01-secret/plan.txt --
            plan

            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(site.Exists("team/team.svg"));
        Assert.Contains("src=\"/blog/team/team.svg\"", site.Read("team/index.html"));
        Assert.False(site.Exists("2026/02/secret/plan.txt"));
        Assert.True(site.Build(new BuildOptions { Now = TempSite.Now, IncludeDrafts = true }).Succeeded);
        Assert.True(site.Exists("2026/02/secret/plan.txt"));
    }

    [Fact]
    public void A_bundle_file_on_a_generated_path_is_an_error_naming_the_file()
    {
        using var site = new TempSite(SiteYml + """
            -- content/posts/2026-01-05-clash/index.md --
            ---
            title: Clash
            ---
            Text.
            -- content/posts/2026-01-05-clash/index.html --
            <p>mine</p>

            """);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/posts/2026-01-05-clash/index.html: error: this file would be published as 2026/01/clash/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bundle_file_linking_out_of_the_site_is_refused_like_any_content()
    {
        using var outside = new TempSite("-- secret.txt --\nsecret\n", copyTheme: false);
        using var site = new TempSite(SiteYml + """
            -- content/posts/2026-01-05-linked/index.md --
            ---
            title: Linked
            ---
            Text.

            """);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/posts/2026-01-05-linked/secret.txt"), Path.Combine(outside.Root, "secret.txt"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/posts/2026-01-05-linked/secret.txt: error:", StringComparison.Ordinal) && d.ToString().Contains("outside the site"));
    }
}
