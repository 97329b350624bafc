using SalesForDevs.Checking;
using SalesForDevs.Diagnostics;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Checking;

public sealed class SiteCheckerTests : IDisposable
{
    /// <summary>A small site under a sub-path (/blog/) with a strategy post that a tactics post builds on.</summary>
    public const string Site = """
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        series:
          s:
            title: S
            sections: [strategy, tactics]
        menu:
          - { title: About, url: /about/ }
        -- content/pages/about.md --
        ---
        title: About
        ---
        ## Who we are

        We write.
        -- content/posts/2026-01-05-why.md --
        ---
        title: Why
        tags: [career]
        series: s
        section: strategy
        ---
        ## The reason

        Because.
        -- content/posts/2026-01-12-how.md --
        ---
        title: How
        tags: [career]
        series: s
        section: tactics
        builds_on: [why]
        ---
        See [the reason](2026-01-05-why.md#the-reason) and [who we are](../pages/about.md#who-we-are).
        """;

    private readonly TempSite _site = new(Site);

    private CheckReport Check(bool strict = false, ExternalLinkChecker? external = null)
    {
        var build = _site.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        return Recheck(strict, external);
    }

    private CheckReport Recheck(bool strict = false, ExternalLinkChecker? external = null) =>
        SiteChecker.CheckAsync(_site.Root, _site.Output, new CheckOptions { Now = TempSite.Now, Strict = strict, External = external }).GetAwaiter().GetResult();

    private static string Lines(CheckReport report) => string.Join("\n", report.Problems);

    [Fact]
    public void A_sound_site_under_a_sub_path_has_no_problems()
    {
        var report = Check();

        Assert.Empty(report.Problems);
        Assert.True(report.Succeeded);
        Assert.Equal(10, report.Pages);
        Assert.Equal(9, report.Feeds);
        Assert.True(report.Links > 100, $"only {report.Links} links seen");
    }

    [Fact]
    public void A_link_to_a_missing_page_is_reported_with_its_page()
    {
        _site.Write("content/pages/about.md", "---\ntitle: About\n---\n## Who we are\n\nSee [the team](/team/).\n");

        var problem = Assert.Single(Check().Problems);

        Assert.Equal(CheckProblemKind.BrokenLink, problem.Kind);
        Assert.Equal("about/index.html", problem.Page);
        Assert.Equal("/blog/team/", problem.Link);
        Assert.Equal("about/index.html: error: link /blog/team/ is broken: the site has no team/index.html", problem.ToString());
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_reported()
    {
        _site.Write("content/posts/2026-01-12-how.md", "---\ntitle: How\nseries: s\nsection: tactics\nbuilds_on: [why]\n---\nSee [the reason](2026-01-05-why.md#no-such-heading) and [here](#nowhere).\n");

        var report = Check();

        Assert.Equal(
        [
            "2026/01/how/index.html: error: link #nowhere is broken: this page has no element with id=\"nowhere\"",
            "2026/01/how/index.html: error: link /blog/2026/01/why/#no-such-heading is broken: 2026/01/why/index.html has no element with id=\"no-such-heading\"",
        ], report.Problems.Select(p => p.ToString()));
        Assert.All(report.Problems, p => Assert.Equal(CheckProblemKind.BrokenAnchor, p.Kind));
    }

    [Fact]
    public void A_missing_image_is_reported()
    {
        _site.Write("content/pages/about.md", "---\ntitle: About\n---\n## Who we are\n\n![Our cat](/images/cat.png)\n");

        var problem = Assert.Single(Check().Problems);

        Assert.Equal("about/index.html: error: image /blog/images/cat.png is missing: the site has no images/cat.png", problem.ToString());
    }

    [Fact]
    public void A_broken_feed_is_reported()
    {
        Check();
        File.WriteAllText(Path.Combine(_site.Output, "feed.json"), "{\"version\": ");
        File.WriteAllText(Path.Combine(_site.Output, "tags", "career", "feed.xml"), "<rss version=\"2.0\"></rss>");

        var report = Recheck();

        Assert.Equal(["feed.json", "tags/career/feed.xml"], report.Problems.Select(p => p.Page));
        Assert.All(report.Problems, p => Assert.Equal(CheckProblemKind.BrokenFeed, p.Kind));
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void A_feed_entry_that_links_nowhere_is_reported()
    {
        Check();
        var rss = Path.Combine(_site.Output, "feed.xml");
        File.WriteAllText(rss, File.ReadAllText(rss).Replace("https://example.github.io/blog/2026/01/how/", "https://example.github.io/blog/2026/01/gone/"));

        var problem = Assert.Single(Recheck().Problems);

        Assert.Equal("feed.xml: error: feed entry link https://example.github.io/blog/2026/01/gone/ is broken: the site has no 2026/01/gone/index.html", problem.ToString());
    }

    [Fact]
    public void An_orphan_page_is_a_warning_and_a_site_root_link_without_the_base_path_an_error()
    {
        _site.Write("content/static/hidden/index.html", "<!DOCTYPE html><title>Hidden</title><a href=\"/about/\">About</a><a href=\"/blog/\">Home</a>\n");

        var report = Check();

        Assert.Equal(
        [
            "hidden/index.html: error: link /about/ leads outside the site's base path /blog/; links to the site must start with it",
            "hidden/index.html: warning: no chain of links leads to this page from the home page; link it from another page or the menu (site.yml), or remove it",
        ], report.Problems.Select(p => p.ToString()));
        Assert.Equal([CheckProblemKind.OutsideBasePath, CheckProblemKind.OrphanPage], report.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void An_orphan_alone_passes_unless_strict()
    {
        _site.Write("content/static/hidden.html", "<!DOCTYPE html><title>Hidden</title>\n");

        var report = Check();
        Assert.Equal(Severity.Warning, Assert.Single(report.Problems).Severity);
        Assert.True(report.Succeeded);

        Assert.False(Recheck(strict: true).Succeeded);
    }

    [Fact]
    public void A_strategy_post_no_later_post_builds_on_is_an_unkept_promise()
    {
        _site.Write("content/posts/2026-01-08-what.md", "---\ntitle: What\nseries: s\nsection: strategy\n---\nText.\n");

        var problem = Assert.Single(Check().Problems);

        Assert.Equal(CheckProblemKind.UnkeptPromise, problem.Kind);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal("2026/01/what/index.html: warning: strategy post \"What\" (content/posts/2026-01-08-what.md) is not put into practice yet: no later post has `builds_on: [what]`; start one with sfd new post \"TITLE\" --section tactics --builds-on what",
            problem.ToString());
    }

    [Fact]
    public void A_promise_kept_by_a_scheduled_post_is_not_reported()
    {
        _site.Write("content/posts/2026-01-08-what.md", "---\ntitle: What\nseries: s\nsection: strategy\n---\nText.\n");
        _site.Write("content/posts/2026-12-01-later.md", "---\ntitle: Later\nseries: s\nsection: tactics\nbuilds_on: [what]\n---\nText.\n");

        Assert.Empty(Check().Problems);
    }

    [Fact]
    public void External_links_are_checked_only_when_asked()
    {
        using var server = new LocalHttpServer(c => { c.Response.StatusCode = c.Request.Url!.AbsolutePath == "/ok" ? 200 : 404; return Task.CompletedTask; });
        _site.Write("content/pages/about.md", $"---\ntitle: About\n---\n## Who we are\n\n[Fine]({server.Url("/ok")}) and [gone]({server.Url("/gone")}#top).\n");
        using var client = ExternalLinkChecker.CreateClient();

        Assert.Empty(Check().Problems);
        Assert.Empty(server.Requests);

        var report = Recheck(external: new ExternalLinkChecker(client));
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CheckProblemKind.BrokenExternalLink, problem.Kind);
        Assert.Equal($"about/index.html: error: link {server.Url("/gone")}#top is broken: HTTP 404 Not Found", problem.ToString());
        Assert.Equal(2, report.ExternalLinks);
    }

    [Fact]
    public void Errors_in_the_sources_stop_the_check()
    {
        Check();
        _site.Write("site.yml", "title: Test\nbase_url: nowhere\n");

        var report = Recheck();

        Assert.Empty(report.Problems);
        Assert.Contains("base_url", Assert.Single(report.SiteDiagnostics).Message);
        Assert.False(report.Succeeded);
    }

    public void Dispose() => _site.Dispose();
}
