using AngleSharp.Html.Parser;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>The shipped series, as the brief describes it, checked on the rendered pages.</summary>
public sealed class RealSeriesTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The brief: part, slug, section, and which parts each tactics post builds on.</summary>
    private static readonly (int Part, string Slug, string Section, int[] BuildsOn)[] Brief =
    [
        (1, "the-difference-is-behavior", "Strategy", []),
        (2, "you-are-now-in-the-sales-business", "Strategy", []),
        (3, "know-what-the-powers-that-be-need", "Strategy", []),
        (4, "let-them-know-like-and-trust-you", "Strategy", []),
        (5, "keep-a-results-log", "Tactics", [4]),
        (6, "make-the-ask", "Tactics", [2]),
        (7, "time-the-ask", "Tactics", [2, 3]),
        (8, "know-what-to-ask-for", "Tactics", [3]),
        (9, "when-the-answer-is-no-or-not-yet", "Tactics", [2]),
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
    public void Every_post_has_between_600_and_1200_words_and_invites_readers_to_subscribe()
    {
        foreach (var (_, slug, _, _) in Brief)
        {
            var content = PostPage(slug).QuerySelector(".post-content")!;
            var words = content.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 600, 1200);
            Assert.Contains(content.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("/subscribe/", StringComparison.Ordinal));
        }
    }
}
