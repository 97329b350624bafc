using Microsoft.Playwright;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// Every page of the real site and of a fixture with hard content (a 200-character code line, a long URL, a wide
/// table, a large image) fits the viewport at phone, tablet and desktop widths, light and dark: nothing scrolls
/// sideways, and on a 390×844 phone a post's title starts within the first 200 px.
/// </summary>
public sealed class ResponsiveLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [320, 390, 768, 1280];

    private static readonly string LongLine = "var total = orders.Where(o => o.Status == OrderStatus.Shipped && o.Customer.Region == region).Select(o => o.Lines.Sum(l => l.Quantity * l.UnitPrice)).Aggregate(0m, (sum, x) => sum + x); // 200";

    private static string Fixture()
    {
        var header = string.Join(" | ", Enumerable.Range(1, 14).Select(i => $"Column number {i}"));
        var rule = string.Join(" | ", Enumerable.Range(1, 14).Select(_ => "---"));
        var row = string.Join(" | ", Enumerable.Range(1, 14).Select(i => $"value-{i}-withoutspaces"));
        return $$"""
            -- site.yml --
            title: Layout fixture with a rather long site title
            description: Pages that try hard to scroll sideways.
            base_url: https://example.github.io/fixture/
            series:
              demo: { title: Demo series, sections: [strategy, tactics] }
            subscribe:
              email: { provider: buttondown, action: "https://buttondown.com/api/emails/embed-subscribe/averyveryverylongnewslettername" }
            -- content/posts/2026-01-05-hard-content.md --
            ---
            title: A post with a long code line, a long URL, a wide table and a large image
            series: demo
            section: strategy
            tags: [supercalifragilisticexpialidocious-and-even-longer-tag-name]
            ---
            Here is a long address: https://example.com/a/very/long/path/that/never/breaks/by/itself/because/it/has/no/spaces/at/all/index.html?query=string&and=more
            and a long word: Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz.

            ```csharp
            {{LongLine}}
            ```

            ```
            {{LongLine}}
            ```

            | {{header}} |
            | {{rule}} |
            | {{row}} |

            ![A large image](/images/large.png)
            -- content/posts/2026-01-12-second.md --
            ---
            title: Second
            series: demo
            section: tactics
            ---
            Short.
            -- content/pages/subscribe.md --
            ---
            title: Subscribe
            ---
            Both ways.
            """;
    }

    [Fact]
    public async Task Real_site_pages_never_scroll_sideways_and_put_post_titles_near_the_top()
    {
        var output = Path.Combine(Path.GetTempPath(), "sfd-layout-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var server = new StaticSiteServer(output, "/SalesForDevs/");
            var result = SiteBuilder.Build(RepoPaths.Root, output, new BuildOptions
            {
                Now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero),
                BaseUrlOverride = server.BaseUrl.ToString(),
            });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            await CheckEveryPage(output, server.BaseUrl);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Fixture_with_long_code_url_table_and_image_never_scrolls_sideways()
    {
        using var site = new TempSite(Fixture());
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "static", "images"));
        File.WriteAllBytes(Path.Combine(site.Root, "content", "static", "images", "large.png"), TestImages.Png(2400, 1200));
        using var server = new StaticSiteServer(site.Output, "/fixture/");
        var result = site.Build(new BuildOptions { Now = TempSite.Now, BaseUrlOverride = server.BaseUrl.ToString() });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        await CheckEveryPage(site.Output, server.BaseUrl);
    }

    [Fact]
    public async Task Phone_menu_opens_without_javascript_by_click_and_by_keyboard()
    {
        using var site = new TempSite(Fixture());
        using var server = new StaticSiteServer(site.Output, "/fixture/");
        Assert.True(site.Build(new BuildOptions { Now = TempSite.Now, BaseUrlOverride = server.BaseUrl.ToString() }).Succeeded);
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl.ToString());
        var nav = page.Locator("nav.site-nav");
        Assert.False(await nav.IsVisibleAsync());
        await page.Locator("label.menu-button").ClickAsync();
        Assert.True(await nav.IsVisibleAsync());
        await page.Locator("label.menu-button").ClickAsync();
        Assert.False(await nav.IsVisibleAsync());
        await page.Locator("#menu-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.True(await nav.IsVisibleAsync());
        Assert.True(await page.Locator("nav.site-nav a", new() { HasText = "Archive" }).IsVisibleAsync());
        await context.CloseAsync();
    }

    private async Task CheckEveryPage(string output, Uri baseUrl)
    {
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(pages);

        var problems = new List<string>();
        var postsChecked = 0;
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in Widths)
            {
                var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = width == 390 ? 844 : 900 } });
                // A few tabs at once: the pages are independent and each load mostly waits.
                var lanes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async lane =>
                {
                    var found = new List<string>();
                    var posts = 0;
                    var page = await context.NewPageAsync();
                    foreach (var path in pages.Where((_, i) => i % 4 == lane))
                    {
                        await page.GotoAsync(new Uri(baseUrl, path).ToString(), new() { WaitUntil = WaitUntilState.Load });
                        var (scrollWidth, innerWidth) = await Measure(page);
                        if (scrollWidth > innerWidth)
                            found.Add($"/{path} at {width} px ({scheme}): the page is {scrollWidth} px wide");
                        if (width == 390 && await page.QuerySelectorAsync("body.kind-post .post-title") is { } title)
                        {
                            posts++;
                            var top = await title.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
                            if (top > 200) found.Add($"/{path} at 390×844 ({scheme}): the post title starts {top:0} px down");
                        }
                    }
                    return (found, posts);
                }));
                foreach (var (found, posts) in lanes) { problems.AddRange(found); postsChecked += posts; }
                await context.CloseAsync();
            }
        }
        Assert.True(postsChecked > 0, "no post page was checked for its title position");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<(int ScrollWidth, int InnerWidth)> Measure(IPage page)
    {
        var values = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (values[0], values[1]);
    }
}
