using Deque.AxeCore.Playwright;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>The default theme's pages pass axe-core's accessibility rules in a real browser, light and dark.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sfd-a11y-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Home_post_series_and_subscribe_pages_have_no_accessibility_violations(string scheme)
    {
        using var server = new StaticSiteServer(_output, "/SalesForDevs/");
        var result = SiteBuilder.Build(RepoPaths.Root, _output, new BuildOptions
        {
            Now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero),
            BaseUrlOverride = server.BaseUrl.ToString(),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[] { "", "2026/01/you-are-now-in-the-sales-business/", "series/sales-for-devs/", "subscribe/", "tags/sales/" })
        {
            await page.GotoAsync(new Uri(server.BaseUrl, path).ToString());
            var axe = await page.RunAxe();
            problems.AddRange(axe.Violations.SelectMany(v => v.Nodes.Select(n => $"/{path}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(" ", n.Target)}")));
        }
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Issue 16: a co-written post, the author and term pages and their lists, light and dark.</summary>
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Author_and_taxonomy_pages_have_no_accessibility_violations(string scheme)
    {
        var source = Path.Combine(_output, "source");
        TempSite.CopyDirectory(Path.Combine(Golden.Folder, "Sites", "people", "site"), source);
        var built = Path.Combine(_output, "site");
        using var server = new StaticSiteServer(built, "/people/");
        var result = SiteBuilder.Build(source, built, new BuildOptions { Now = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), BaseUrlOverride = server.BaseUrl.ToString() });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[] { "2026/01/written-together/", "authors/", "authors/ada/", "categories/", "categories/career/", "" })
        {
            await page.GotoAsync(new Uri(server.BaseUrl, path).ToString());
            var axe = await page.RunAxe();
            problems.AddRange(axe.Violations.SelectMany(v => v.Nodes.Select(n => $"/{path}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(" ", n.Target)}")));
        }
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The highlighted code's palettes (light and dark) must keep their contrast; the shipped posts have no code, the Lighthouse fixture has.</summary>
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_post_with_highlighted_code_and_images_has_no_accessibility_violations(string scheme)
    {
        var source = Path.Combine(_output, "source");
        TempSite.CopyDirectory(Path.Combine(RepoPaths.Root, ".ci", "lighthouse-site"), source);
        TempSite.CopyDirectory(RepoPaths.DefaultTheme, Path.Combine(source, "themes", "default"));
        var built = Path.Combine(_output, "site");
        using var server = new StaticSiteServer(built, "/fixture/");
        var result = SiteBuilder.Build(source, built, new BuildOptions { Now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), BaseUrlOverride = server.BaseUrl.ToString() });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, "2026/01/code-and-an-image/").ToString());
        Assert.True(await page.Locator("pre code span.hl-k").CountAsync() > 0, "the fixture post has no highlighted code");
        var axe = await page.RunAxe();
        await context.CloseAsync();
        var problems = axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" ", n.Target)}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}
