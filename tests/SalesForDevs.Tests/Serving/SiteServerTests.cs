using System.Net;
using SalesForDevs.Cli;
using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Serving;

/// <summary>Starts the real server on 127.0.0.1 with a free port and talks to it over HTTP.</summary>
public sealed class SiteServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Serves_the_site_under_its_sub_path_with_content_types()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        Assert.Equal(new Uri(served.Server.Origin, "/blog/"), served.Server.Url);

        var root = await served.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/blog/", root.Headers.Location?.OriginalString);

        var home = await served.Http.GetAsync("/blog/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("Hello", html);
        // The base URL points at the local server, sub-path included.
        Assert.Contains($"href=\"{served.Server.Origin}blog/\"", html);

        var post = await served.Http.GetAsync(ServeTestSite.HelloUrl);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("The first words of hello.", await post.Content.ReadAsStringAsync());

        var folder = await served.Http.GetAsync(ServeTestSite.HelloUrl.TrimEnd('/'));
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal(ServeTestSite.HelloUrl, folder.Headers.Location?.OriginalString);

        foreach (var (path, type) in new[]
        {
            ("/blog/feed.xml", "application/xml; charset=utf-8"),
            ("/blog/feed.json", "application/json; charset=utf-8"),
            ("/blog/assets/css/site.css", "text/css; charset=utf-8"),
            ("/blog/notes.txt", "text/plain; charset=utf-8"),
        })
        {
            var response = await served.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
            Assert.DoesNotContain("data-sfd-live-reload", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal("plain notes\n", await served.Http.GetStringAsync("/blog/notes.txt"));
    }

    [Fact]
    public async Task Missing_paths_get_the_sites_404_page_with_status_404()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        foreach (var path in new[] { "/blog/no-such-page/", "/blog/missing.css", "/elsewhere/" })
        {
            var response = await served.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(Served404(served), html);
        }
    }

    private static string Served404(ServedSite served) =>
        ReloadScriptInjector.Inject(served.Server.Current.Files["404.html"].Text!, ReloadScriptInjector.Script(LiveReload.EndpointPath, served.Server.Current.Version));

    [Fact]
    public async Task The_reload_script_is_in_served_pages_but_never_in_sfd_build_output()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        var servedHtml = await served.Http.GetStringAsync(ServeTestSite.HelloUrl);
        Assert.Contains("<script data-sfd-live-reload>", servedHtml);
        Assert.Contains(LiveReload.EndpointPath, servedHtml);
        Assert.EndsWith("</script>\n</body>\n</html>\n", servedHtml);

        Assert.Equal(0, Program.Main(["build", "--source", served.Site.Root, "--quiet"]));
        var pages = Directory.GetFiles(served.Site.Output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            Assert.DoesNotContain("data-sfd-live-reload", text);
            Assert.DoesNotContain("EventSource", text);
            Assert.DoesNotContain(LiveReload.EndpointPath, text);
        }
    }

    [Fact]
    public async Task Editing_a_post_sends_a_reload_event_and_serves_the_new_text()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        var (events, version) = await served.ListenAsync();
        using var _ = events;

        served.Site.Write(ServeTestSite.HelloPost, ServeTestSite.HelloWith("Freshly edited words."));

        var (name, newVersion) = await events.NextAsync(Patience);
        Assert.Equal("reload", name);
        Assert.NotEqual(version, newVersion);
        var html = await served.Http.GetStringAsync(ServeTestSite.HelloUrl);
        Assert.Contains("Freshly edited words.", html);
        Assert.DoesNotContain("The first words of hello.", html);
        Assert.Contains($"var version = \"{newVersion}\";", html);
        Assert.Matches(@"Rebuilt in \d+ ms after a change to content/posts/2026-01-05-hello\.md", served.Out.ToString());
        // Only the edited post's markdown was rendered again.
        Assert.Contains("markdown: 1 rendered, 1 reused", served.Out.ToString());
    }

    [Fact]
    public async Task A_broken_front_matter_shows_the_overlay_and_the_next_good_save_recovers()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        var (events, _) = await served.ListenAsync();
        using var _ = events;

        served.Site.Write(ServeTestSite.HelloPost, ServeTestSite.BrokenHello);
        Assert.Equal("reload", (await events.NextAsync(Patience)).Event);

        Assert.Contains(ServeTestSite.BrokenHelloMessage, served.Error.ToString());
        // The last good pages are still served, with the overlay on top and the script to recover.
        foreach (var path in new[] { "/blog/", ServeTestSite.HelloUrl, "/blog/no-such-page/" })
        {
            var html = await served.Http.GetStringAsync(path.Contains("no-such") ? "/blog/" : path);
            Assert.Contains($"id=\"{ErrorOverlay.ElementId}\"", html);
            Assert.Contains(WebUtility.HtmlEncode(ServeTestSite.BrokenHelloMessage), html);
            Assert.Contains("data-sfd-live-reload", html);
        }
        var missing = await served.Http.GetAsync("/blog/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(ErrorOverlay.ElementId, await missing.Content.ReadAsStringAsync());
        Assert.Contains("The first words of hello.", await served.Http.GetStringAsync(ServeTestSite.HelloUrl));

        served.Site.Write(ServeTestSite.HelloPost, ServeTestSite.HelloWith("Fixed and back."));
        Assert.Equal("reload", (await events.NextAsync(Patience)).Event);
        var recovered = await served.Http.GetStringAsync(ServeTestSite.HelloUrl);
        Assert.Contains("Fixed and back.", recovered);
        Assert.DoesNotContain(ErrorOverlay.ElementId, recovered);
    }

    [Fact]
    public async Task A_site_that_never_built_serves_the_error_page_until_a_save_fixes_it()
    {
        var broken = ServeTestSite.Files.Replace("title: Serve Test\n", "title: Serve Test\npaginat: 3\n");
        await using var served = await ServedSite.StartAsync(broken);
        Assert.Contains("site.yml:2:1: error: unknown key `paginat`", served.Error.ToString());

        var page = await served.Http.GetAsync("/anything/");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(ErrorOverlay.ElementId, html);
        Assert.Contains("unknown key `paginat`", html);
        Assert.Contains("data-sfd-live-reload", html);

        var (events, _) = await served.ListenAsync();
        using var _ = events;
        served.Site.Write("site.yml", TempSite.Parse(ServeTestSite.Files).Single(f => f.Path == "site.yml").Text);
        Assert.Equal("reload", (await events.NextAsync(Patience)).Event);
        var home = await served.Http.GetAsync("/blog/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain(ErrorOverlay.ElementId, await home.Content.ReadAsStringAsync());
        Assert.Contains($"the site is now at {served.Server.Origin}blog/", served.Out.ToString());
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_and_frees_the_port()
    {
        var served = await ServedSite.StartAsync(ServeTestSite.Files);
        try
        {
            var (events, _) = await served.ListenAsync();
            using var _ = events;
            var stop = served.Server.StopAsync();
            Assert.True(await events.EndsWithinAsync(TimeSpan.FromSeconds(5)), "the event stream stayed open");
            await stop.WaitAsync(TimeSpan.FromSeconds(5));
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => served.Http.GetAsync("/blog/"));
        }
        finally
        {
            await served.DisposeAsync();
        }
    }
}
