using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;
using Xunit.Abstractions;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// A site whose post uses every shortcode of the default theme (issue 18): built for real, read back with AngleSharp
/// (page and RSS), and shown in Chromium at a 320 px phone and a wide screen, light and dark, where nothing may
/// scroll sideways, the video keeps 16:9 and axe-core finds nothing. Screenshots land in the temp folder to look at.
/// </summary>
public sealed class ShortcodeSiteTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Files = """
        -- site.yml --
        title: Shortcode fixture
        description: Every shortcode of the default theme.
        base_url: https://example.github.io/fixture/
        series:
          demo: { title: Demo series, sections: [strategy, tactics] }
        -- content/posts/2026-01-05-first.md --
        ---
        title: First part
        series: demo
        section: strategy
        ---
        The first part.
        -- content/posts/2026-02-01-shortcodes.md --
        ---
        title: A post that uses every shortcode
        series: demo
        section: tactics
        builds_on: [first]
        ---
        {{< series-toc >}}

        {{% note %}}
        Prices go up every January. Ask **before** the budget is set; a [first part](2026-01-05-first.md) explains why.
        {{% /note %}}

        {{% warning title="Never do this" %}}
        Do not quote a price in the first call: https://example.com/a/very/long/address/that/does/not/break/by/itself/at/all/index.html
        {{% /warning %}}

        {{< figure src="/images/large.png" alt="A wide blue chart" caption="Rates by year, which a phone shows shrunk to its width." >}}

        {{< youtube id="dQw4w9WgXcQ" title="How to ask for a raise" >}}

        {{< code-file path="/snippets/Rate.cs" >}}
        -- content/snippets/Rate.cs --
        public static decimal Rate(int yearsOfExperience, decimal marketRate, decimal negotiatedDiscount) => marketRate * (1 + yearsOfExperience / 10m) - negotiatedDiscount;
        """;

    private static TempSite Build(StaticSiteServer? server = null)
    {
        var site = new TempSite(Files);
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "static", "images"));
        File.WriteAllBytes(Path.Combine(site.Root, "content", "static", "images", "large.png"), TestImages.Png(2400, 1200));
        return site;
    }

    [Fact]
    public void The_page_and_the_feed_carry_each_shortcode_as_readers_need_it()
    {
        using var site = Build();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.Read("2026/02/shortcodes/index.html"));
        var content = page.QuerySelector(".post-content")!;
        Assert.Equal(["Note", "Never do this"], content.QuerySelectorAll("aside.callout .callout-title").Select(t => t.TextContent));
        Assert.Equal("/fixture/2026/01/first/", content.QuerySelector("aside.callout-note a")!.GetAttribute("href"));
        var img = content.QuerySelector("figure.figure img")!;
        Assert.Equal(("/fixture/images/large.png", "2400", "1200", "lazy"), (img.GetAttribute("src"), img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading")));
        Assert.Equal("Rates by year, which a phone shows shrunk to its width.", content.QuerySelector("figure.figure figcaption")!.TextContent);
        var frame = content.QuerySelector(".video-frame iframe")!;
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", frame.GetAttribute("src"));
        Assert.Equal(("lazy", "How to ask for a raise"), (frame.GetAttribute("loading"), frame.GetAttribute("title")));
        Assert.NotNull(content.QuerySelector("figure.code-file pre code.language-cs span"));
        var toc = content.QuerySelector("nav.series-toc")!;
        Assert.Equal("A post that uses every shortcode", toc.QuerySelector("[aria-current=page]")!.QuerySelector("strong")!.TextContent);
        Assert.Equal("/fixture/2026/01/first/", toc.QuerySelector("a[href*='first']")!.GetAttribute("href"));
        Assert.DoesNotContain('\u0002', page.Source.Text);

        XNamespace encoded = "http://purl.org/rss/1.0/modules/content/";
        var item = XDocument.Parse(site.Read("feed.xml")).Descendants("item").Single(i => i.Element("title")!.Value == "A post that uses every shortcode");
        var feed = new HtmlParser().ParseDocument("<body>" + item.Element(encoded + "encoded")!.Value).Body!;
        Assert.Empty(feed.QuerySelectorAll("iframe, script, style, nav, [style], [onclick]"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", feed.QuerySelector("a[href*='youtube.com/watch']")!.GetAttribute("href"));
        Assert.Equal(2, feed.QuerySelectorAll("blockquote.callout").Length);
        Assert.Equal("https://example.github.io/fixture/images/large.png", feed.QuerySelector("figure img")!.GetAttribute("src"));

        // The same input gives the same bytes.
        var first = TempSite.Snapshot(site.Output);
        Assert.True(site.Build().Succeeded);
        var second = TempSite.Snapshot(site.Output);
        Assert.All(first, f => Assert.True(f.Value.SequenceEqual(second[f.Key]), $"{f.Key} differs between two builds"));
    }

    [Fact]
    public async Task At_320_px_and_wide_light_and_dark_nothing_scrolls_sideways_and_axe_finds_nothing()
    {
        using var site = Build();
        using var server = new StaticSiteServer(site.Output, "/fixture/");
        var result = site.Build(new BuildOptions { Now = TempSite.Now, BaseUrlOverride = server.BaseUrl.ToString() });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var shots = Path.Combine(Path.GetTempPath(), "sfd-shortcode-screenshots");
        Directory.CreateDirectory(shots);

        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { 320, 1280 })
            {
                var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = 900 } });
                // The embed would load from YouTube: no test reaches the internet, so only the local server answers.
                await context.RouteAsync("**/*", route => route.Request.Url.StartsWith(server.BaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
                    ? route.ContinueAsync() : route.AbortAsync());
                var page = await context.NewPageAsync();
                await page.GotoAsync(new Uri(server.BaseUrl, "2026/02/shortcodes/").ToString());
                var sizes = await page.EvaluateAsync<double[]>("""
                    () => { const f = document.querySelector('.video-frame').getBoundingClientRect();
                            const c = document.querySelector('.callout').getBoundingClientRect();
                            return [document.documentElement.scrollWidth, window.innerWidth, f.width, f.height, c.right]; }
                    """);
                if (sizes[0] > sizes[1]) problems.Add($"{width} px {scheme}: the page is {sizes[0]} px wide");
                if (Math.Abs(sizes[2] / sizes[3] - 16.0 / 9) > 0.02) problems.Add($"{width} px {scheme}: the video is {sizes[2]}×{sizes[3]}, not 16:9");
                if (sizes[4] > sizes[1]) problems.Add($"{width} px {scheme}: a callout ends at {sizes[4]} px, past the screen");
                var axe = await page.RunAxe();
                problems.AddRange(axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{width} px {scheme}: {v.Id}: {v.Help} at {string.Join(" ", n.Target)}")));
                var shot = Path.Combine(shots, $"shortcodes-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
                output.WriteLine(shot);
                await context.CloseAsync();
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
