using Microsoft.Playwright;
using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SalesForDevs.Tests.Serving;

/// <summary>A real browser keeps a served page open while the test edits the site's files.</summary>
public sealed class LiveReloadBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 15_000 };

    /// <summary>Marks the loaded document, so the test can tell a real reload (the mark is gone) from a page that merely changed.</summary>
    private static Task MarkAsync(IPage page) => page.EvaluateAsync("() => { window.sfdTestMark = 'not reloaded'; }");

    private static async Task AssertReloadedAsync(IPage page) =>
        Assert.Null(await page.EvaluateAsync<string?>("() => window.sfdTestMark ?? null"));

    private async Task<IPage> OpenAsync(ServedSite served, string path)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(served.Server.Origin, path).ToString());
        // Wait until the page listens for reloads before the test edits anything.
        await WaitForListenersAsync(served, 1);
        return page;
    }

    private static async Task WaitForListenersAsync(ServedSite served, int count)
    {
        for (var i = 0; i < 150 && served.Server.ListeningPages < count; i++) await Task.Delay(100);
        Assert.True(served.Server.ListeningPages >= count, "the page never connected to the live-reload stream");
    }

    [Fact]
    public async Task An_open_post_reloads_with_the_new_text_after_its_file_is_saved()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        var page = await OpenAsync(served, ServeTestSite.HelloUrl);
        await Expect(page.Locator("article")).ToContainTextAsync("The first words of hello.");
        await MarkAsync(page);

        served.Site.Write(ServeTestSite.HelloPost, ServeTestSite.HelloWith("Words written while the browser watched."));

        await Expect(page.Locator("article")).ToContainTextAsync("Words written while the browser watched.", Patient);
        await AssertReloadedAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_open_home_page_reloads_when_a_post_title_changes()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        var page = await OpenAsync(served, "/blog/");
        await Expect(page.Locator("main")).ToContainTextAsync("Hello");
        await MarkAsync(page);

        served.Site.Write(ServeTestSite.HelloPost, ServeTestSite.HelloWith("Body.").Replace("title: Hello", "title: Greetings from the browser test"));

        await Expect(page.Locator("main")).ToContainTextAsync("Greetings from the browser test", Patient);
        await AssertReloadedAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_broken_save_shows_the_error_overlay_and_a_fix_takes_it_away()
    {
        await using var served = await ServedSite.StartAsync(ServeTestSite.Files);
        var page = await OpenAsync(served, ServeTestSite.HelloUrl);
        var overlay = page.Locator("#" + ErrorOverlay.ElementId);
        await Expect(overlay).ToHaveCountAsync(0);

        served.Site.Write(ServeTestSite.HelloPost, ServeTestSite.BrokenHello);

        await Expect(overlay).ToContainTextAsync(ServeTestSite.BrokenHelloMessage, Patient);
        await Expect(overlay).ToBeVisibleAsync();
        // The last good page is still underneath.
        await Expect(page.Locator("article")).ToContainTextAsync("The first words of hello.");
        await MarkAsync(page);

        served.Site.Write(ServeTestSite.HelloPost, ServeTestSite.HelloWith("Repaired and reloaded."));

        await Expect(page.Locator("article")).ToContainTextAsync("Repaired and reloaded.", Patient);
        await Expect(overlay).ToHaveCountAsync(0);
        await AssertReloadedAsync(page);
        await page.Context.CloseAsync();
    }
}
