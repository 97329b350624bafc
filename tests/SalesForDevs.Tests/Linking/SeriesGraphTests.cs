using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;

namespace SalesForDevs.Tests.Linking;

/// <summary>The series graph: order, place, neighbours, inverted builds_on, and every validation error.</summary>
public sealed class SeriesGraphTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly SiteConfig Config = new()
    {
        Title = "T",
        BaseUrl = new Uri("https://example.com/"),
        Series = [new SeriesConfig("guide", "The Guide", ["strategy", "tactics"])],
    };

    private static ContentItem Post(string slug, string date, string? section = "strategy", string[]? buildsOn = null, bool draft = false, string series = "guide")
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
                Series = section is null ? null : series,
                SeriesAt = new SourceLocation(path, 3, 9),
                Section = section,
                SectionAt = new SourceLocation(path, 4, 10),
                BuildsOn = (buildsOn ?? []).Select((s, i) => new Located<string>(s, new SourceLocation(path, 5, 13 + i))).ToList(),
                Draft = draft,
            },
        };
    }

    private static (SiteGraph Graph, IReadOnlyList<Diagnostic> Diagnostics) Link(params ContentItem[] items)
    {
        var bag = new DiagnosticBag();
        var graph = SiteLinker.Link(Config, items, new PublishRules(Now), bag);
        return (graph, bag.Sorted());
    }

    private static IReadOnlyList<Diagnostic> Errors(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Where(d => d.IsError).ToList();

    [Fact]
    public void Sections_come_in_declared_order_then_by_date()
    {
        var (graph, diagnostics) = Link(
            Post("t1", "2026-01-02", "tactics", ["s1"]),
            Post("s2", "2026-01-03"),
            Post("s1", "2026-01-01"));
        Assert.Empty(Errors(diagnostics));
        var series = Assert.Single(graph.Series);
        Assert.Equal(["s1", "s2", "t1"], series.Parts.Select(p => p.Slug));
        var t1 = graph.FindPost("t1")!;
        Assert.Equal(3, t1.Series!.Part);
        Assert.Equal(3, t1.Series.Of);
        Assert.Equal("tactics", t1.Series.Section);
        Assert.Equal(1, t1.Series.PartInSection);
    }

    [Fact]
    public void Previous_and_next_follow_reading_order_not_dates()
    {
        var (graph, _) = Link(Post("t1", "2026-01-02", "tactics", ["s1"]), Post("s1", "2026-01-01"), Post("s2", "2026-01-03"));
        var s2 = graph.FindPost("s2")!;
        Assert.Equal("s1", s2.Series!.Previous!.Slug);
        Assert.Equal("t1", s2.Series.Next!.Slug);
        Assert.Null(graph.FindPost("s1")!.Series!.Previous);
        Assert.Null(graph.FindPost("t1")!.Series!.Next);
    }

    [Fact]
    public void Builds_on_is_inverted_into_put_into_practice_links_oldest_first()
    {
        var (graph, _) = Link(
            Post("s1", "2026-01-01"),
            Post("s2", "2026-01-02"),
            Post("t2", "2026-01-10", "tactics", ["s1", "s2"]),
            Post("t1", "2026-01-05", "tactics", ["s1"]));
        Assert.Equal(["t1", "t2"], graph.FindPost("s1")!.PracticedIn.Select(p => p.Slug));
        Assert.Equal(["t2"], graph.FindPost("s2")!.PracticedIn.Select(p => p.Slug));
        Assert.Equal(["s1", "s2"], graph.FindPost("t2")!.BuildsOn.Select(p => p.Slug));
    }

    [Fact]
    public void Future_posts_are_promises_not_links()
    {
        var (graph, _) = Link(Post("s1", "2026-01-01"), Post("t1", "2026-09-01", "tactics", ["s1"]));
        var s1 = graph.FindPost("s1")!;
        Assert.Empty(s1.PracticedIn);
        Assert.Equal(["t1"], s1.PromisedIn.Select(p => p.Slug));
        Assert.Equal(["t1"], graph.Series[0].Upcoming.Select(p => p.Slug));
        Assert.Equal(2, s1.Series!.Of);
        Assert.Null(s1.Series.Next);
    }

    [Fact]
    public void Drafts_are_hidden_from_the_series_and_its_links()
    {
        var (graph, _) = Link(Post("s1", "2026-01-01"), Post("t1", "2026-01-05", "tactics", ["s1"], draft: true));
        Assert.Empty(graph.FindPost("s1")!.PracticedIn);
        Assert.Empty(graph.FindPost("s1")!.PromisedIn);
        Assert.Equal(1, graph.FindPost("s1")!.Series!.Of);
        Assert.Null(graph.FindPost("t1"));
    }

    [Fact]
    public void Builds_on_a_missing_post_is_an_error_at_the_slug()
    {
        var (_, diagnostics) = Link(Post("s1", "2026-01-01"), Post("t1", "2026-01-05", "tactics", ["s"]));
        Assert.Equal("content/posts/2026-01-05-t1.md:5:13: error: builds_on names `s`, but no post has that slug; did you mean `s1`?",
            Assert.Single(Errors(diagnostics)).ToString());
    }

    [Fact]
    public void Builds_on_a_later_post_is_an_error()
    {
        var (_, diagnostics) = Link(Post("s1", "2026-01-01", buildsOn: ["t1"]), Post("t1", "2026-01-05", "tactics"));
        var error = Assert.Single(Errors(diagnostics));
        Assert.Equal("builds-on-forward", error.Code);
        Assert.Equal("content/posts/2026-01-01-s1.md", error.Location!.Path);
        Assert.Contains("dated 2026-01-05, after this post (2026-01-01)", error.Message);
    }

    [Fact]
    public void A_cycle_between_same_day_posts_is_an_error()
    {
        var (_, diagnostics) = Link(Post("a", "2026-01-01", buildsOn: ["b"]), Post("b", "2026-01-01", buildsOn: ["a"]));
        Assert.Contains(diagnostics, d => d.Code == "builds-on-cycle" && d.Message.Contains("a -> b -> a"));
    }

    [Fact]
    public void Building_on_itself_is_an_error()
    {
        var (_, diagnostics) = Link(Post("a", "2026-01-01", buildsOn: ["a"]));
        Assert.Equal("builds-on-cycle", Assert.Single(Errors(diagnostics)).Code);
    }

    [Fact]
    public void A_section_the_series_does_not_declare_is_an_error_at_the_section()
    {
        var (_, diagnostics) = Link(Post("a", "2026-01-01", "tactic"));
        Assert.Equal("content/posts/2026-01-01-a.md:4:10: error: section `tactic` is not declared; series `guide` declares strategy, tactics in site.yml; did you mean `tactics`?",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void An_undeclared_series_is_an_error()
    {
        var (_, diagnostics) = Link(Post("a", "2026-01-01", series: "giude"));
        Assert.Contains("did you mean `guide`?", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Two_posts_on_the_same_url_name_both_files()
    {
        var first = Post("same", "2026-01-01", section: null);
        var second = Post("same", "2026-01-02", section: null) with { Date = first.Date };
        var (_, diagnostics) = Link(first, second);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("url-collision", d.Code));
        Assert.Contains("content/posts/2026-01-02-same.md", diagnostics[0].Message);
        Assert.Contains("content/posts/2026-01-01-same.md", diagnostics[1].Message);
    }

    [Fact]
    public void Two_posts_with_one_slug_on_different_urls_are_an_error()
    {
        var (_, diagnostics) = Link(Post("same", "2026-01-01", section: null), Post("same", "2026-02-01", section: null));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("shared-slug", d.Code));
        Assert.Contains("content/posts/2026-02-01-same.md", diagnostics[0].Message);
    }

    [Fact]
    public void Strategy_posts_nobody_builds_on_are_reported_as_unkept_promises()
    {
        var (_, diagnostics) = Link(Post("s1", "2026-01-01"), Post("s2", "2026-01-02"), Post("t1", "2026-01-05", "tactics", ["s1"]));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("unkept-promise", warning.Code);
        Assert.Equal("content/posts/2026-01-02-s2.md", warning.Location!.Path);
    }
}
