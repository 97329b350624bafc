using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SalesForDevs.Bench;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Outputs.Search;
using SalesForDevs.Tests.Support;
using Xunit.Abstractions;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// The search page in a real browser: typing finds posts, results are links that work under the sub-path, the keyboard
/// moves through them, the page degrades to a note without JavaScript, axe-core finds nothing, and the script stems
/// words exactly as the index writer does. Timings on the 1,000-post benchmark site are logged, not asserted.
/// </summary>
public sealed class SearchBrowserTests(BrowserFixture browser, ITestOutputHelper log) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sfd-search-" + Guid.NewGuid().ToString("N"));

    private StaticSiteServer BuildRealSite()
    {
        var server = new StaticSiteServer(_output, "/SalesForDevs/");
        var result = SiteBuilder.Build(RepoPaths.Root, _output, new BuildOptions
        {
            Now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero),
            BaseUrlOverride = server.BaseUrl.ToString(),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return server;
    }

    private static async Task<IPage> OpenSearch(IBrowserContext context, StaticSiteServer server, string query = "")
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, "search/" + query).ToString());
        await page.WaitForSelectorAsync("form.search-form[data-ready=true]");
        return page;
    }

    [Fact]
    public async Task Typing_finds_posts_as_links_under_the_sub_path_and_the_keyboard_reaches_them()
    {
        using var server = BuildRealSite();
        var context = await browser.Browser.NewContextAsync();
        var page = await OpenSearch(context, server);

        await page.Locator("#search-input").PressSequentiallyAsync("raise");
        var first = page.Locator("#search-results li a").First;
        Assert.Equal("Asking for the raise", await first.TextContentAsync());
        Assert.StartsWith("/SalesForDevs/", await first.GetAttributeAsync("href"));
        Assert.Matches(@"^\d+ results?\.$", await page.Locator(".search-status").TextContentAsync());

        // A word half typed already matches; several words must all match.
        await page.Locator("#search-input").FillAsync("negotia");
        Assert.True(await page.Locator("#search-results li").CountAsync() > 0);
        await page.Locator("#search-input").FillAsync("raise zzzqqq");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
        Assert.StartsWith("No posts match", await page.Locator(".search-status").TextContentAsync());

        await page.Locator("#search-input").FillAsync("raise");
        await page.Locator("#search-input").PressAsync("ArrowDown");
        Assert.Equal("Asking for the raise", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("raise", await page.Locator("#search-input").InputValueAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("Asking for the raise", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        // The focused result leads to the post under the sub-path. (Following it with Enter is the browser's own job,
        // and waiting for that navigation timed out on a busy machine.)
        var href = await page.EvaluateAsync<string>("document.activeElement.href");
        Assert.Equal(new Uri(server.BaseUrl, "2026/03/asking-for-the-raise/").ToString(), href);
        var response = await page.GotoAsync(href);
        Assert.Equal(200, response!.Status);
        Assert.Equal("Asking for the raise", await page.Locator("h1").First.TextContentAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_search_link_with_q_shows_its_results_and_without_javascript_the_page_says_why()
    {
        using var server = BuildRealSite();
        var context = await browser.Browser.NewContextAsync();
        var page = await OpenSearch(context, server, "?q=raise");
        Assert.Equal("raise", await page.Locator("#search-input").InputValueAsync());
        Assert.True(await page.Locator("#search-results li").CountAsync() > 0);
        await context.CloseAsync();

        var noScript = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var plain = await noScript.NewPageAsync();
        await plain.GotoAsync(new Uri(server.BaseUrl, "search/").ToString());
        Assert.True(await plain.Locator(".search-note").IsVisibleAsync());
        Assert.Contains("needs JavaScript", await plain.Locator(".search-note").TextContentAsync());
        await noScript.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Search_page_with_results_has_no_accessibility_violations(string scheme)
    {
        using var server = BuildRealSite();
        var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var page = await OpenSearch(context, server, "?q=sales");
        Assert.True(await page.Locator("#search-results li").CountAsync() > 0);
        var axe = await page.RunAxe();
        await context.CloseAsync();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" ", n.Target)}"))));
    }

    [Fact]
    public async Task The_script_splits_and_stems_words_exactly_as_the_index_writer()
    {
        using var server = BuildRealSite();
        var words = SearchTokenizer.Words(string.Join(' ', Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText)))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var context = await browser.Browser.NewContextAsync();
        var page = await OpenSearch(context, server);
        var text = string.Join(' ', words) + " Don’t it's Q3-review";
        var fromScript = await page.EvaluateAsync<string[]>("t => window.sfdSearch.words(t)", text);
        Assert.Equal(SearchTokenizer.Words(text), fromScript);
        var stems = await page.EvaluateAsync<string[]>("ws => ws.map(window.sfdSearch.stem)", words);
        Assert.Equal(words.Select(SalesForDevs.Languages.EnglishStemmer.Stem), stems);
        await context.CloseAsync();
    }

    /// <summary>A German site (the german-blog fixture): its index drops German stop words, and the script stems German
    /// queries as the index writer does, so an inflected form finds the post (issue 16).</summary>
    [Fact]
    public async Task A_german_site_drops_german_stop_words_and_finds_posts_by_an_inflected_word()
    {
        var source = Path.Combine(_output, "german");
        TempSite.CopyDirectory(Path.Combine(Golden.Folder, "Sites", "german-blog", "site"), source);
        var site = Path.Combine(_output, "german-site");
        using var server = new StaticSiteServer(site, "/vertrieb/");
        var result = SiteBuilder.Build(source, site, new BuildOptions { Now = TempSite.Now, BaseUrlOverride = server.BaseUrl.ToString() });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, SearchIndexWriter.FileName)));
        Assert.Equal("de", index.RootElement.GetProperty("stem").GetString());
        var terms = index.RootElement.GetProperty("docs").EnumerateArray().SelectMany(d => d[7].GetString()!.Split(' ')).ToHashSet();
        Assert.DoesNotContain("und", terms);
        Assert.DoesNotContain("der", terms);
        Assert.Contains("anderung", terms);

        var context = await browser.Browser.NewContextAsync();
        var page = await OpenSearch(context, server);
        // "Warum klein liefern" says only "Änderungen": the stems meet.
        await page.Locator("#search-input").FillAsync("Änderung ");
        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Contains("Warum klein liefern", await page.Locator("#search-results li a").AllTextContentsAsync());
        await page.Locator("#search-input").FillAsync("und ");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());

        var words = SearchTokenizer.Words(string.Join(' ', Directory.GetFiles(source, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText))
            + " Beiträgen Straße Prozesse kommen schnelle Partie arbeiten Schifffahrt Eieiei").Distinct().Order(StringComparer.Ordinal).ToArray();
        var stems = await page.EvaluateAsync<string[]>("ws => ws.map(w => window.sfdSearch.stemGerman(w))", words);
        Assert.Equal(words.Select(SalesForDevs.Languages.GermanStemmer.Stem), stems);
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_the_1000_post_benchmark_site_the_index_stays_small_and_search_finds_a_post()
    {
        var source = Path.Combine(_output, "src");
        SiteWriter.WriteSalesForDevs(source, new PostGenerator(seed: 20260105).Generate(1000));
        var site = Path.Combine(_output, "site");
        using var server = new StaticSiteServer(site, "/bench/");
        var result = SiteBuilder.Build(source, site, new BuildOptions
        {
            Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
            BaseUrlOverride = server.BaseUrl.ToString(),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        var share = (double)result.SearchIndexBytes / result.HtmlBytes;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index {result.SearchIndexBytes / 1024.0:0} KB, HTML {result.HtmlBytes / 1024.0:0} KB: {share:P1}"));
        Assert.True(share < 0.15, $"the index is {share:P1} of the HTML");

        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, SearchIndexWriter.FileName)));
        var title = index.RootElement.GetProperty("docs")[500][1].GetString()!;
        var word = SearchTokenizer.Words(title).OrderByDescending(w => w.Length).First();

        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var loading = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(new Uri(server.BaseUrl, "search/").ToString());
        await page.WaitForSelectorAsync("form.search-form[data-ready=true]");
        loading.Stop();
        // The whole title: many generated titles share their words, so one word alone may rank it past the first 50.
        await page.Locator("#search-input").PressSequentiallyAsync(title);
        await page.Locator("#search-results li").First.WaitForAsync();
        var titles = await page.Locator("#search-results li a").AllTextContentsAsync();
        Assert.Contains(title, titles);

        // The time from a keystroke to the results on screen, measured inside the page (search and rendering).
        var ms = await page.EvaluateAsync<double>("""
            q => { const input = document.getElementById('search-input'); const t0 = performance.now();
                   input.value = q; input.dispatchEvent(new Event('input'));
                   if (!document.querySelector('#search-results li')) return -1; return performance.now() - t0; }
            """, word[..Math.Min(4, word.Length)]);
        var build = await page.EvaluateAsync<string>("document.querySelector('form.search-form').dataset.loadMs");
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page load to index ready {loading.ElapsedMilliseconds} ms (index build in page {build} ms); keystroke to first result {ms:0.0} ms for \"{word[..Math.Min(4, word.Length)]}\""));
        Assert.True(ms >= 0, "a prefix of a title word found nothing");
        await context.CloseAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}
