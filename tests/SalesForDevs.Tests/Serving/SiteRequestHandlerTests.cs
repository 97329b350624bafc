using Microsoft.AspNetCore.Http;
using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Serving;

/// <summary>Requests answered by the handler directly, without a socket.</summary>
public sealed class SiteRequestHandlerTests : IDisposable
{
    private readonly TempSite _site = new(ServeTestSite.Files);
    private readonly LiveSite _live;
    private readonly LiveReload _reload = new();

    public SiteRequestHandlerTests()
    {
        _live = new LiveSite(_site.Root, new ServeOptions { Clock = new FixedClock(TempSite.Now) }, "http://127.0.0.1:4000");
        Assert.True(_live.Rebuild().Succeeded);
    }

    private async Task<(int Status, string? Type, string Body)> GetAsync(string path, string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        var body = new MemoryStream();
        context.Response.Body = body;
        await new SiteRequestHandler(_live, _reload, CancellationToken.None).HandleAsync(context);
        return (context.Response.StatusCode, context.Response.ContentType, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task A_static_file_that_became_a_link_out_of_the_site_is_not_served()
    {
        // Issue 11: the server applies the build's rule to what it serves, even when a file changes after the build.
        var outside = Directory.CreateTempSubdirectory("sfd-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "SFD_SECRET_TOKEN=hunter2\n");
            var notes = Path.Combine(_site.Root, "content", "static", "notes.txt");
            Assert.Equal(200, (await GetAsync("/blog/notes.txt")).Status);
            File.Delete(notes);
            File.CreateSymbolicLink(notes, Path.Combine(outside, "secret.txt"));

            var (status, _, body) = await GetAsync("/blog/notes.txt");

            Assert.Equal(404, status);
            Assert.DoesNotContain("hunter2", body);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_page_answers_404_with_the_sites_404_page_and_the_reload_script()
    {
        var (status, type, body) = await GetAsync("/blog/nothing/here/");
        Assert.Equal(404, status);
        Assert.Equal("text/html; charset=utf-8", type);
        Assert.StartsWith(_live.Current!.Files["404.html"].Text![..40], body);
        Assert.Contains("data-sfd-live-reload", body);
    }

    // A site with no themes/ folder gets the theme built into sfd, whose assets are served from memory (issue 12).
    [Fact]
    public async Task The_built_in_themes_assets_are_served_byte_for_byte()
    {
        using var site = new TempSite(ServeTestSite.Files, copyTheme: false);
        var live = new LiveSite(site.Root, new ServeOptions { Clock = new FixedClock(TempSite.Now) }, "http://127.0.0.1:4000");
        Assert.True(live.Rebuild().Succeeded);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/blog/assets/css/site.css";
        var body = new MemoryStream();
        context.Response.Body = body;

        await new SiteRequestHandler(live, _reload, CancellationToken.None).HandleAsync(context);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", context.Response.ContentType);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.DefaultTheme, "assets", "css", "site.css")), body.ToArray());
    }

    [Fact]
    public async Task A_path_outside_the_sub_path_answers_404()
    {
        var (status, _, body) = await GetAsync("/2026/01/hello/");
        Assert.Equal(404, status);
        Assert.Contains("data-sfd-live-reload", body);
    }

    [Fact]
    public async Task The_base_url_points_at_the_local_server()
    {
        var (status, _, body) = await GetAsync(ServeTestSite.HelloUrl);
        Assert.Equal(200, status);
        Assert.Contains("<link rel=\"canonical\" href=\"http://127.0.0.1:4000/blog/2026/01/hello/\">", body);
    }

    [Fact]
    public async Task Head_requests_get_headers_without_a_body()
    {
        var (status, type, body) = await GetAsync("/blog/", "HEAD");
        Assert.Equal(200, status);
        Assert.Equal("text/html; charset=utf-8", type);
        Assert.Equal("", body);
    }

    [Fact]
    public async Task Other_methods_are_refused()
    {
        var (status, _, _) = await GetAsync("/blog/", "POST");
        Assert.Equal(405, status);
    }

    [Fact]
    public async Task After_a_failed_build_pages_and_the_404_page_carry_the_error_overlay()
    {
        _site.Write(ServeTestSite.HelloPost, ServeTestSite.BrokenHello);
        Assert.False(_live.Rebuild().Succeeded);
        foreach (var (path, expected) in new[] { ("/blog/", 200), ("/blog/gone/", 404) })
        {
            var (status, _, body) = await GetAsync(path);
            Assert.Equal(expected, status);
            Assert.Contains(ErrorOverlay.ElementId, body);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(ServeTestSite.BrokenHelloMessage), body);
        }
        var (_, _, css) = await GetAsync("/blog/assets/css/site.css");
        Assert.DoesNotContain(ErrorOverlay.ElementId, css);
    }

    public void Dispose()
    {
        _reload.Dispose();
        _site.Dispose();
    }
}
