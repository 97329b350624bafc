using SalesForDevs.Tests.EndToEnd;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Cli;

public sealed class CheckCommandTests(RealSiteFixture realSite) : IClassFixture<RealSiteFixture>, IDisposable
{
    private readonly TempSite _site = new(Checking.SiteCheckerTests.Site);

    private CliInvocation Run(params string[] args) => CliInvocation.Run(_site.Root, args);

    [Fact]
    public void The_real_site_passes()
    {
        Assert.True(realSite.Result.Succeeded);

        var run = CliInvocation.Run(RepoPaths.Root, "check", "--output", realSite.Output);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Checked 26 pages, \d+ links and 30 feeds in .+: no problems\.\n$", run.Out);
    }

    [Fact]
    public void A_missing_output_folder_is_built_first()
    {
        var run = Run("check");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("_site does not exist yet; building it first.\nBuilt 10 pages", run.Out);
        Assert.EndsWith("in _site: no problems.\n", run.Out);
        Assert.True(_site.Exists("index.html"));
    }

    [Fact]
    public void Broken_links_anchors_images_and_feeds_fail_the_check_with_one_line_each()
    {
        _site.Write("content/pages/about.md", "---\ntitle: About\n---\n[Team](/team/), [up](#top-of-page) and ![cat](/cat.png).\n");
        Assert.Equal(0, Run("build").ExitCode);
        File.WriteAllText(Path.Combine(_site.Output, "atom.xml"), "<feed>");

        var run = Run("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("""
            2026/01/how/index.html: error: link /blog/about/#who-we-are is broken: about/index.html has no element with id="who-we-are"
            about/index.html: error: image /blog/cat.png is missing: the site has no cat.png
            about/index.html: error: link #top-of-page is broken: this page has no element with id="top-of-page"
            about/index.html: error: link /blog/team/ is broken: the site has no team/index.html
            atom.xml: error: the feed is not well-formed XML, so feed readers will reject it: Unexpected end of file has occurred. The following elements are not closed: feed. Line 1, position 7.
            Checked 10 pages, 
            """.Replace("\r\n", "\n"), run.Error[..run.Error.IndexOf("Checked 10 pages, ", StringComparison.Ordinal)] + "Checked 10 pages, ");
        Assert.EndsWith(" and 9 feeds in _site: 5 errors.\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Warnings_are_listed_but_pass_unless_strict()
    {
        _site.Write("content/static/lost.html", "<!DOCTYPE html><title>Lost</title>\n");
        _site.Write("content/posts/2026-01-08-what.md", "---\ntitle: What\nseries: s\nsection: strategy\n---\nText.\n");
        Assert.Equal(0, Run("build").ExitCode);

        var run = Run("check");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026/01/what/index.html: warning: strategy post \"What\" (content/posts/2026-01-08-what.md) is not put into practice yet", run.Error);
        Assert.Contains("lost.html: warning: no chain of links leads to this page from the home page", run.Error);
        Assert.EndsWith(": 2 warnings.\n", run.Out);

        var quiet = Run("check", "--quiet");
        Assert.Equal((0, "", ""), (quiet.ExitCode, quiet.Out, quiet.Error));

        var strict = Run("check", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("2026/01/what/index.html: error: strategy post", strict.Error);
        Assert.EndsWith(": 2 errors.\n", strict.Error);
    }

    [Fact]
    public void External_links_are_requested_with_external()
    {
        using var server = new LocalHttpServer(c => { c.Response.StatusCode = 404; return Task.CompletedTask; });
        _site.Write("content/pages/about.md", $"---\ntitle: About\n---\n## Who we are\n\n[Gone]({server.Url("/gone")}).\n");
        Assert.Equal(0, Run("build").ExitCode);

        Assert.Equal(0, Run("check").ExitCode);
        var run = Run("check", "--external");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"about/index.html: error: link {server.Url("/gone")} is broken: HTTP 404 Not Found\n", run.Error);
        Assert.Contains("(1 external link)", run.Error);
    }

    [Fact]
    public void A_check_built_for_another_base_url_needs_that_base_url()
    {
        Assert.Equal(0, Run("build", "--base-url", "https://me.github.io/other/").ExitCode);

        Assert.Equal(1, Run("check").ExitCode);
        Assert.Equal(0, Run("check", "--base-url", "https://me.github.io/other/").ExitCode);
    }

    public void Dispose() => _site.Dispose();
}
