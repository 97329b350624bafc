using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;

namespace SalesForDevs.Tests.Linking;

// Issue 16: related posts.
public sealed class RelatedLinkerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static SiteConfig Config(int count = 3) => new()
    {
        Title = "T",
        BaseUrl = new Uri("https://example.com/"),
        Series = [new SeriesConfig("guide", "The Guide", ["strategy", "tactics"])],
        Related = new RelatedConfig(count),
    };

    private static ContentItem Post(string slug, string date, string[]? tags = null, bool series = false, string[]? buildsOn = null, bool draft = false)
    {
        var path = $"content/posts/{date}-{slug}.md";
        return new ContentItem
        {
            Kind = ContentKind.Post,
            SourcePath = path,
            Slug = slug,
            Date = DateTimeOffset.Parse(date + "T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Body = "",
            BodyStartLine = 5,
            FrontMatter = new FrontMatter
            {
                Title = slug,
                Tags = tags ?? [],
                Series = series ? "guide" : null,
                Section = series ? "strategy" : null,
                BuildsOn = (buildsOn ?? []).Select(s => new Located<string>(s, new SourceLocation(path, 5, 13))).ToList(),
                Draft = draft,
            },
        };
    }

    private static Dictionary<string, string[]> Related(SiteConfig config, params ContentItem[] items)
    {
        var bag = new DiagnosticBag();
        var graph = SiteLinker.Link(config, items, new PublishRules(Now), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return graph.Posts.ToDictionary(p => p.Slug, p => p.Related.Select(r => r.Slug).ToArray());
    }

    [Fact]
    public void Builds_on_neighbours_beat_the_series_which_beats_one_shared_tag()
    {
        var related = Related(Config(),
            Post("base", "2026-01-01", ["a"], series: true),
            Post("practice", "2026-03-01", buildsOn: ["base"]),
            Post("same-series", "2026-01-02", series: true),
            Post("one-tag", "2026-01-03", ["a"]),
            Post("unrelated", "2026-01-04", ["z"]));
        Assert.Equal(["practice", "same-series", "one-tag"], related["base"]);
        // Either direction: the later post lists the one it builds on.
        Assert.Equal(["base"], related["practice"]);
        Assert.Empty(related["unrelated"]);
    }

    [Fact]
    public void More_shared_tags_rank_higher()
    {
        var related = Related(Config(),
            Post("p", "2026-02-01", ["a", "b", "c"]),
            Post("two", "2026-01-01", ["a", "b"]),
            Post("three", "2025-01-01", ["a", "b", "c"]),
            Post("one", "2026-02-02", ["c"]));
        Assert.Equal(["three", "two", "one"], related["p"]);
    }

    [Fact]
    public void Ties_go_to_the_nearest_date_then_the_newer_post_then_the_slug()
    {
        var related = Related(Config(count: 4),
            Post("p", "2026-02-10", ["a"]),
            Post("far", "2026-01-01", ["a"]),
            Post("before", "2026-02-08", ["a"]),
            Post("after", "2026-02-12", ["a"]),
            Post("b-same-day", "2026-02-15", ["a"]),
            Post("a-same-day", "2026-02-15", ["a"]));
        // before and after are both two days away: the newer wins. The two posts of the 15th differ by slug alone.
        Assert.Equal(["after", "before", "a-same-day", "b-same-day"], related["p"]);
    }

    [Fact]
    public void Drafts_and_future_posts_are_never_related_in_a_published_build()
    {
        var related = Related(Config(),
            Post("p", "2026-01-01", ["a"]),
            Post("draft", "2026-01-02", ["a"], draft: true),
            Post("future", "2026-09-01", ["a"], buildsOn: ["p"]),
            Post("q", "2025-01-01", ["a"]));
        Assert.Equal(["q"], related["p"]);
        Assert.False(related.ContainsKey("draft"));
    }

    [Fact]
    public void Count_zero_turns_related_posts_off()
    {
        var related = Related(Config(count: 0), Post("p", "2026-01-01", ["a"]), Post("q", "2026-01-02", ["a"]));
        Assert.Empty(related["p"]);
        Assert.Empty(related["q"]);
    }

    [Fact]
    public void Ten_thousand_posts_in_one_series_and_few_tags_link_without_comparing_every_pair()
    {
        var items = Enumerable.Range(0, 10_000)
            .Select(i => Post($"p{i:D5}", new DateTime(2000, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), [$"t{i % 5}", $"u{i % 7}"], series: true))
            .ToArray();
        var related = Related(Config(), items);
        // Series and both tags: every 35th post, and the two 35 days away are within the series' window of 50 posts.
        // p05070 shares as much but lies outside that window, so a post of the series with one tag, 5 days away, comes third.
        Assert.Equal(["p05035", "p04965", "p05005"], related["p05000"]);
        Assert.All(related.Values, r => Assert.Equal(3, r.Length));
    }
}
