using AngleSharp.Html.Parser;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Building;

/// <summary>Whole builds of small inline sites: what is published, where it lands, and how links come out.</summary>
public sealed class SiteBuilderTests
{
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Dom.IDocument Page(TempSite site, string path) => Parser.ParseDocument(site.Read(path));

    [Fact]
    public void Publishing_a_tactics_post_adds_a_forward_link_to_the_old_strategy_post()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "why-ask", "series: guide\nsection: strategy"));
        Assert.True(site.Build().Succeeded);
        Assert.Empty(Page(site, "2026/01/why-ask/index.html").QuerySelectorAll(".practiced-in a"));

        site.Write("content/posts/2026-01-12-how-to-ask.md", "---\ntitle: How to ask\nseries: guide\nsection: tactics\nbuilds_on: [why-ask]\n---\nDo it.\n");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var link = Assert.Single(Page(site, "2026/01/why-ask/index.html").QuerySelectorAll(".practiced-in a"));
        Assert.Equal("/blog/2026/01/how-to-ask/", link.GetAttribute("href"));
        Assert.Equal("How to ask", link.TextContent);
        var back = Assert.Single(Page(site, "2026/01/how-to-ask/index.html").QuerySelectorAll(".builds-on a"));
        Assert.Equal("/blog/2026/01/why-ask/", back.GetAttribute("href"));
    }

    [Fact]
    public void A_link_to_a_future_post_is_a_coming_soon_promise_until_its_day()
    {
        var files = SiteYml
            + Post("2026-01-05", "why-ask", "series: guide\nsection: strategy", "Read [how to ask](2026-09-07-how-to-ask.md) later.")
            + Post("2026-09-07", "how-to-ask", "series: guide\nsection: tactics\nbuilds_on: [why-ask]");
        using var site = new TempSite(files);

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Page(site, "2026/01/why-ask/index.html");
        Assert.Empty(page.QuerySelectorAll(".post-content a"));
        Assert.Equal("how to ask", page.QuerySelector(".post-content .promise")!.TextContent);
        Assert.Contains("coming soon", page.QuerySelector(".post-content .coming-soon")!.TextContent);
        Assert.Contains("How to ask", page.QuerySelector(".practiced-in .coming-soon")!.TextContent);
        Assert.False(site.Exists("2026/09/how-to-ask/index.html"));
        var series = Page(site, "series/guide/index.html");
        Assert.Equal("How to ask", series.QuerySelector(".series-parts li.coming-soon .part-title")!.TextContent);
        Assert.Empty(series.QuerySelectorAll("a[href*='how-to-ask']"));

        // The first build after the post's day turns the promise into a link, with no edit to the old post.
        Assert.True(site.Build(new BuildOptions { Now = new DateTimeOffset(2026, 9, 7, 10, 0, 0, TimeSpan.Zero) }).Succeeded);
        var link = Page(site, "2026/01/why-ask/index.html").QuerySelector(".post-content a")!;
        Assert.Equal("/blog/2026/09/how-to-ask/", link.GetAttribute("href"));
        Assert.Empty(Page(site, "2026/01/why-ask/index.html").QuerySelectorAll(".promise"));
    }

    [Fact]
    public void A_link_to_a_draft_shows_its_text_alone()
    {
        using var site = new TempSite(SiteYml
            + Post("2026-01-05", "a", body: "See [the draft](2026-01-06-b.md) soon.")
            + Post("2026-01-06", "b", "draft: true"));
        Assert.True(site.Build().Succeeded);
        var content = Page(site, "2026/01/a/index.html").QuerySelector(".post-content")!;
        Assert.Empty(content.QuerySelectorAll("a"));
        Assert.Contains("See the draft soon.", content.TextContent);
        Assert.False(site.Exists("2026/01/b/index.html"));
    }

    [Fact]
    public void Drafts_and_future_posts_appear_with_their_flags()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-06", "b", "draft: true") + Post("2027-01-01", "c"));
        Assert.True(site.Build(new BuildOptions { Now = TempSite.Now, IncludeDrafts = true, IncludeFuture = true }).Succeeded);
        Assert.True(site.Exists("2026/01/b/index.html"));
        Assert.True(site.Exists("2027/01/c/index.html"));
    }

    [Fact]
    public void Links_between_content_files_resolve_to_page_urls_with_anchors()
    {
        using var site = new TempSite(SiteYml
            + Post("2026-01-05", "a", body: "## Part one\n\nText.")
            + Post("2026-01-06", "b", body: "[back](2026-01-05-a.md#part-one), [about](../pages/about.md), [img](/images/x.png), [ext](https://example.org/x.md)")
            + "-- content/pages/about.md --\n---\ntitle: About\n---\nHi.\n");
        Assert.True(site.Build().Succeeded);
        var hrefs = Page(site, "2026/01/b/index.html").QuerySelectorAll(".post-content a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/blog/2026/01/a/#part-one", "/blog/about/", "/blog/images/x.png", "https://example.org/x.md"], hrefs);
        Assert.NotNull(Page(site, "2026/01/a/index.html").GetElementById("part-one"));
    }

    [Fact]
    public void Root_links_in_raw_html_get_the_base_path_like_markdown_links()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-06", "b", body:
            "<div class=\"box\">\n<a href=\"/about/\">About</a> <img src='/images/x.png' alt=\"x\">\n<a href=\"//cdn.example.org/y\">cdn</a> <a href=\"https://example.org/\">ext</a> <a href=\"rel/\">rel</a>\n</div>\n\n" +
            "Inline <a href=\"/tags/\">tags</a> and `<a href=\"/code/\">` in code.\n\n```html\n<a href=\"/fenced/\">x</a>\n```\n"));
        Assert.True(site.Build().Succeeded);
        var content = Page(site, "2026/01/b/index.html").QuerySelector(".post-content")!;
        Assert.Equal(["/blog/about/", "//cdn.example.org/y", "https://example.org/", "rel/", "/blog/tags/"], content.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/blog/images/x.png", content.QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains("<a href=\"/code/\">", content.QuerySelector("p code")!.TextContent);
        Assert.Contains("<a href=\"/fenced/\">", content.QuerySelector("pre")!.TextContent);
    }

    [Fact]
    public void Home_pages_are_paginated_newest_first()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-01", "p1") + Post("2026-01-02", "p2") + Post("2026-01-03", "p3"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal(["P3", "P2"], Page(site, "index.html").QuerySelectorAll(".post-card-title").Select(e => e.TextContent));
        var second = Page(site, "page/2/index.html");
        Assert.Equal(["P1"], second.QuerySelectorAll(".post-card-title").Select(e => e.TextContent));
        Assert.Equal("/blog/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/blog/page/2/", Page(site, "index.html").QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Tag_and_archive_pages_list_their_posts()
    {
        using var site = new TempSite(SiteYml + Post("2025-12-31", "old", "tags: [c#, career]") + Post("2026-01-02", "new", "tags: [career]"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal(["New", "Old"], Page(site, "tags/career/index.html").QuerySelectorAll(".post-list a").Select(e => e.TextContent));
        Assert.Equal(["Old"], Page(site, "tags/csharp/index.html").QuerySelectorAll(".post-list a").Select(e => e.TextContent));
        Assert.Equal(["2026", "2025"], Page(site, "archive/index.html").QuerySelectorAll(".archive h2").Select(e => e.TextContent));
    }

    [Fact]
    public void Closed_comments_say_so_and_open_comments_embed_the_provider()
    {
        var yml = SiteYml.Replace("paginate: 2", "paginate: 2\ncomments: { provider: giscus, repo: o/r, repo_id: R1, category: General, category_id: C1 }");
        using var site = new TempSite(yml + Post("2026-01-01", "closed", "comments: closed") + Post("2026-01-02", "open"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal("Comments are closed here.", Page(site, "2026/01/closed/index.html").QuerySelector(".comments-closed")!.TextContent);
        Assert.Empty(Page(site, "2026/01/closed/index.html").QuerySelectorAll("script[src*=giscus]"));
        var script = Page(site, "2026/01/open/index.html").QuerySelector("script[src='https://giscus.app/client.js']")!;
        Assert.Equal("o/r", script.GetAttribute("data-repo"));
    }

    [Fact]
    public void A_site_layout_overrides_the_theme_file_of_the_same_name()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-01", "a") + "-- layouts/404.scriban --\n<p id=\"custom\">{{ site.title }}</p>\n");
        Assert.True(site.Build().Succeeded);
        Assert.Equal("Test Blog", Page(site, "404.html").GetElementById("custom")!.TextContent);
    }

    [Fact]
    public void Static_files_and_theme_assets_are_copied()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-01", "a") + "-- content/static/images/x.txt --\nhello\n");
        Assert.True(site.Build().Succeeded);
        Assert.Equal("hello\n", site.Read("images/x.txt"));
        Assert.True(site.Exists("assets/css/site.css"));
        Assert.True(site.Exists(".nojekyll"));
        Assert.Contains("Sitemap: https://example.github.io/blog/sitemap.xml", site.Read("robots.txt"));
    }

    [Fact]
    public void Cname_is_written_when_configured()
    {
        using var site = new TempSite(SiteYml.Replace("paginate: 2", "paginate: 2\ncname: blog.example.com") + Post("2026-01-01", "a"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal("blog.example.com\n", site.Read("CNAME"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "s", "series: guide\nsection: strategy\ntags: [a, b]")
            + Post("2026-01-12", "t", "series: guide\nsection: tactics\nbuilds_on: [s]\ntags: [b]"));
        Assert.True(site.Build().Succeeded);
        var first = TempSite.Snapshot(site.Output);
        Assert.True(site.Build().Succeeded);
        var second = TempSite.Snapshot(site.Output);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.SequenceEqual(second[path]), $"{path} differs between builds");
    }

    [Fact]
    public void Strict_builds_fail_on_warnings()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "s", "series: guide\nsection: strategy"));
        var lenient = site.Build();
        Assert.True(lenient.Succeeded);
        Assert.Contains(lenient.Diagnostics, d => d.Code == "unkept-promise");
        var strict = site.Build(new BuildOptions { Now = TempSite.Now, Strict = true });
        Assert.False(strict.Succeeded);
    }
}
