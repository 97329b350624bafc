using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>The shipped series, as the brief describes it, checked on the rendered pages.</summary>
public sealed class RealSeriesTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The brief: part, slug, section, and which parts each tactics post builds on. Beyond the brief's minimum,
    /// the results log also builds on part 1 and the post on "no" on part 4, so every strategy post is put into
    /// practice by at least two tactics posts.
    /// </summary>
    private static readonly (int Part, string Slug, string Section, int[] BuildsOn)[] Brief =
    [
        (1, "the-difference-is-behavior", "Strategy", []),
        (2, "you-are-now-in-the-sales-business", "Strategy", []),
        (3, "know-what-the-powers-that-be-need", "Strategy", []),
        (4, "let-them-know-like-and-trust-you", "Strategy", []),
        (5, "keep-a-results-log", "Tactics", [1, 4]),
        (6, "make-the-ask", "Tactics", [2]),
        (7, "time-the-ask", "Tactics", [2, 3]),
        (8, "know-what-to-ask-for", "Tactics", [3]),
        (9, "when-the-answer-is-no-or-not-yet", "Tactics", [2, 4]),
        (10, "asking-for-the-raise", "Tactics", [1, 2, 3]),
    ];

    private static string SlugOf(int part) => Brief[part - 1].Slug;

    private AngleSharp.Dom.IDocument PostPage(string slug)
    {
        var file = Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == slug);
        return Parser.ParseDocument(File.ReadAllText(file));
    }

    private static string Slug(string href) => href.TrimEnd('/').Split('/')[^1];

    [Fact]
    public void Series_page_lists_ten_parts_in_order_by_section()
    {
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "series", "sales-for-devs", "index.html")));
        var sections = page.QuerySelectorAll(".series-section").ToList();
        Assert.Equal(["Strategy", "Tactics"], sections.Select(s => s.QuerySelector("h2")!.TextContent));
        var parts = sections.SelectMany(s => s.QuerySelectorAll(".series-parts > li > a.part-title").Select(a => (Section: s.QuerySelector("h2")!.TextContent, Slug: Slug(a.GetAttribute("href")!)))).ToList();
        Assert.Equal(Brief.Select(b => (b.Section, b.Slug)), parts);
    }

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)]
    [InlineData(6)] [InlineData(7)] [InlineData(8)] [InlineData(9)] [InlineData(10)]
    public void Each_post_shows_its_place_and_its_builds_on_links_from_the_brief(int part)
    {
        var (_, slug, section, buildsOn) = Brief[part - 1];
        var page = PostPage(slug);
        Assert.Equal($"Sales for Devs · {section} · part {part} of 10", page.QuerySelector(".series-banner")!.TextContent);
        var linked = page.QuerySelectorAll(".builds-on a").Select(a => Slug(a.GetAttribute("href")!)).ToList();
        Assert.Equal(buildsOn.Select(SlugOf), linked);

        var expectedForward = Brief.Where(b => b.BuildsOn.Contains(part)).Select(b => b.Slug);
        var forward = page.QuerySelectorAll(".practiced-in a").Select(a => Slug(a.GetAttribute("href")!));
        Assert.Equal(expectedForward, forward);
    }

    [Fact]
    public void The_sales_business_post_links_forward_to_tactics_6_7_9_and_10_and_closes_comments()
    {
        var page = PostPage("you-are-now-in-the-sales-business");
        var forward = page.QuerySelectorAll(".practiced-in a").Select(a => Slug(a.GetAttribute("href")!)).ToList();
        Assert.Equal([SlugOf(6), SlugOf(7), SlugOf(9), SlugOf(10)], forward);
        Assert.Equal("Comments are closed here.", page.QuerySelector(".comments-closed")?.TextContent);
    }

    [Fact]
    public void Posts_are_a_week_apart_starting_monday_the_fifth_of_january()
    {
        var first = new DateTime(2026, 1, 5);
        for (var i = 0; i < Brief.Length; i++)
        {
            var time = PostPage(Brief[i].Slug).QuerySelector("time.dt-published")!.GetAttribute("datetime")!;
            Assert.StartsWith(first.AddDays(7 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), time);
        }
    }

    [Fact]
    public void Every_strategy_post_is_put_into_practice_by_at_least_two_tactics_posts_that_link_back()
    {
        foreach (var (part, slug, _, _) in Brief.Where(b => b.Section == "Strategy"))
        {
            var forward = PostPage(slug).QuerySelectorAll(".practiced-in a").Select(a => Slug(a.GetAttribute("href")!)).ToList();
            var tactics = forward.Where(target => Brief.Single(b => b.Slug == target).Section == "Tactics").ToList();
            Assert.True(tactics.Count >= 2, $"part {part} ({slug}) is put into practice by {tactics.Count} tactics post(s): {string.Join(", ", tactics)}");
            foreach (var tactic in tactics)
                Assert.Contains(slug, PostPage(tactic).QuerySelectorAll(".builds-on a").Select(a => Slug(a.GetAttribute("href")!)));
        }
    }

    [Fact]
    public void Every_post_has_900_to_1100_words_and_invites_readers_to_subscribe()
    {
        foreach (var (part, slug, _, _) in Brief)
        {
            var content = PostPage(slug).QuerySelector(".post-content")!;
            var words = content.TextContent.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 900 and <= 1100, $"part {part} ({slug}) has {words} words");
            Assert.Contains(content.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("/subscribe/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_post_links_at_least_one_source_on_another_host()
    {
        foreach (var (part, slug, _, _) in Brief)
        {
            var page = PostPage(slug);
            var siteHost = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).Host;
            var external = page.QuerySelectorAll(".post-content a[href]")
                .Select(a => Uri.TryCreate(a.GetAttribute("href"), UriKind.Absolute, out var uri) ? uri : null)
                .Where(uri => uri is not null && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host != siteHost)
                .ToList();
            Assert.True(external.Count > 0, $"part {part} ({slug}) links no source outside the site");
        }
    }

    [Fact]
    public void No_run_of_eight_words_in_one_post_repeats_in_another()
    {
        var seen = new Dictionary<string, string>();
        var repeats = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, slug, _, _) in Brief)
        {
            foreach (var run in EightWordRuns(BodyProse(PostPage(slug))))
            {
                if (!seen.TryAdd(run, slug) && seen[run] != slug) repeats.Add($"\"{run}\" in {seen[run]} and {slug}");
            }
        }
        Assert.True(repeats.Count == 0, "posts share eight-word runs:\n" + string.Join("\n", repeats));
    }

    [Fact]
    public void The_word_run_check_finds_a_shared_sentence_and_ignores_case_punctuation_and_code()
    {
        var post = Parser.ParseDocument("<div class=\"post-content\"><p>Ask, and you may well get it; if you don't ask, nobody can say yes.</p><pre><code>one two three four five six seven eight</code></pre></div>");
        var other = Parser.ParseDocument("<div class=\"post-content\"><p>IF YOU DON'T ASK — NOBODY CAN SAY YES!</p><p>one two three four five six seven eight</p></div>");
        var shared = EightWordRuns(BodyProse(post)).Intersect(EightWordRuns(BodyProse(other))).ToList();
        Assert.Equal(["if you don't ask nobody can say yes"], shared);
    }

    [Fact]
    public void Sentences_the_series_once_borrowed_from_its_source_are_gone()
    {
        string[] borrowed = ["what to do, when to do it", "unless you ask for it", "hardest part of their job"];
        foreach (var (_, slug, _, _) in Brief)
        {
            var text = PostPage(slug).QuerySelector(".post-content")!.TextContent;
            foreach (var phrase in borrowed) Assert.DoesNotContain(phrase, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The post's prose as rendered: front matter is never rendered, and code blocks are left out.</summary>
    private static string BodyProse(IDocument page)
    {
        var content = page.QuerySelector(".post-content")!;
        foreach (var code in content.QuerySelectorAll("pre").ToList()) code.Remove();
        return content.TextContent;
    }

    /// <summary>Lowercased word tokens (an apostrophe inside a word keeps it whole), taken eight at a time.</summary>
    private static IEnumerable<string> EightWordRuns(string text)
    {
        var words = Regex.Matches(text.ToLowerInvariant().Replace('’', '\''), @"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")
            .Select(m => m.Value).ToList();
        for (var i = 0; i + 8 <= words.Count; i++) yield return string.Join(' ', words.Skip(i).Take(8));
    }
}
