using SalesForDevs.Bench;
using SalesForDevs.Building;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Html;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Html;

/// <summary>
/// The single pass must give what AngleSharp's parse and serialization give, string for string, on every fragment a
/// build hands it: every post of the repository's site, of the golden sites, the golden markdown and highlighting
/// outputs, the shortcodes' pages and feed entries, and generated benchmark posts. Where the markdown stage's own
/// output is concerned it must also take the fast path, or the build would gain nothing.
/// </summary>
public sealed class HtmlFragmentRewriterDifferentialTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> GoldenSites() => new(
        Directory.GetDirectories(Path.Combine(Golden.Folder, "Sites")).Select(d => Path.Combine("Sites", Path.GetFileName(d), "site"))
            .Append(Path.Combine("Feeds", "site")).Append(Path.Combine("FeedEntries", "site")).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_post_of_the_repository_site_takes_the_single_pass_and_matches_the_parser()
    {
        // A copy, so that the build's caches land in a temporary folder rather than in the repository.
        using var copy = new TempSite("");
        TempSite.CopyDirectory(Path.Combine(RepoPaths.Root, "content"), Path.Combine(copy.Root, "content"));
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(copy.Root, "site.yml"));
        var fragments = Fragments(copy.Root);
        Assert.True(fragments.Count >= 10);
        AssertSame(fragments, everyFast: true);
    }

    [Theory]
    [MemberData(nameof(GoldenSites))]
    public void Every_post_of_a_golden_site_matches_the_parser(string site)
    {
        using var copy = new TempSite("");
        TempSite.CopyDirectory(Path.Combine(Golden.Folder, site), copy.Root);
        var fragments = Fragments(copy.Root);
        Assert.NotEmpty(fragments);
        AssertSame(fragments, everyFast: false);
    }

    [Fact]
    public void Generated_benchmark_posts_take_the_single_pass_and_match_the_parser()
    {
        using var site = new TempSite("", copyTheme: false);
        SiteWriter.WriteSalesForDevs(site.Root, new PostGenerator(seed: 20260105).Generate(150));
        var fragments = Fragments(site.Root);
        Assert.Equal(150, fragments.Count);
        AssertSame(fragments, everyFast: true);
    }

    [Fact]
    public void Golden_markdown_and_highlighting_outputs_take_the_single_pass_and_match_the_parser()
    {
        var files = new[] { "Markdown", "Highlighting" }.SelectMany(f => Directory.GetFiles(Path.Combine(Golden.Folder, f), "*.html")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        AssertSame(files.Select(f => (Page, File.ReadAllText(f).Replace("\r\n", "\n"))).ToList(), everyFast: true);
    }

    [Fact]
    public void Shortcode_pages_and_feed_entries_match_the_parser()
    {
        var fragments = new List<(Uri, string)>();
        foreach (var file in Directory.GetFiles(Path.Combine(Golden.Folder, "Shortcodes"), "*.html").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var feed = text.IndexOf("\n-- feed --\n", StringComparison.Ordinal);
            fragments.Add((Page, text["-- page --\n".Length..feed]));
            fragments.Add((Page, text[(feed + "\n-- feed --\n".Length)..]));
        }
        Assert.NotEmpty(fragments);
        AssertSame(fragments, everyFast: false);
    }

    private static readonly Uri Page = new("https://example.org/blog/2026/01/the-ask/");

    /// <summary>What the feeds are made from: each rendered post's feed HTML (or its page HTML), with the post's own URL.</summary>
    private static List<(Uri Url, string Html)> Fragments(string root)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.Render(root, new BuildOptions { Now = Now }, diagnostics);
        Assert.True(site is not null, string.Join("\n", diagnostics.Sorted()));
        var urls = new SalesForDevs.Linking.UrlBuilder(site.Graph.Config.BaseUrl);
        return site.Content.OrderBy(p => p.Key.Url, StringComparer.Ordinal)
            .Select(p => (new Uri(urls.Absolute(p.Key.Url)), (p.Value.FeedHtml ?? p.Value.Html).ToString())).ToList();
    }

    private static void AssertSame(IReadOnlyList<(Uri Url, string Html)> fragments, bool everyFast)
    {
        foreach (var (url, html) in fragments)
        {
            var expected = AbsoluteUrlRewriter.RewriteParsed(html, url);
            var fast = HtmlFragmentRewriter.TryRewrite(html, url, out var actual);
            if (everyFast) Assert.True(fast, $"the single pass refused a fragment it should handle:\n{html}");
            if (fast) Assert.Equal(expected, actual);
            Assert.Equal(expected, AbsoluteUrlRewriter.Rewrite(html, url));
        }
    }
}
