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

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}
