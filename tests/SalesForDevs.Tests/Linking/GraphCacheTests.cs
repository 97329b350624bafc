using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;

namespace SalesForDevs.Tests.Linking;

/// <summary>sfd serve keeps the graph while only bodies change, and links anew on anything linking reads (issue 14).</summary>
public sealed class GraphCacheTests
{
    private static readonly SiteConfig Config = new() { Title = "T", BaseUrl = new Uri("https://example.com/") };
    private static readonly PublishRules Rules = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    private static ContentItem Item(string slug, int day, FrontMatter? front = null, string body = "Body.") => new()
    {
        Kind = ContentKind.Post,
        SourcePath = $"content/posts/2026-01-0{day}-{slug}.md",
        Slug = slug,
        Date = new DateTimeOffset(2026, 1, day, 9, 0, 0, TimeSpan.Zero),
        Body = body,
        BodyStartLine = 4,
        FrontMatter = front ?? new FrontMatter { Title = slug.ToUpperInvariant(), Tags = ["t"] },
    };

    private static SiteGraph Link(GraphCache cache, IReadOnlyList<ContentItem> items, bool onlyMarkdown = true, PublishRules? rules = null)
    {
        cache.StartBuild(onlyMarkdown);
        var diagnostics = new DiagnosticBag();
        var graph = cache.Link(Config, items, rules ?? Rules, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return graph;
    }

    [Fact]
    public void A_new_body_under_the_same_front_matter_keeps_the_graph_and_puts_the_new_item_in_its_node()
    {
        var cache = new GraphCache();
        var a = Item("a", 1);
        var b = Item("b", 2);
        var first = Link(cache, [a, b]);

        var edited = b with { Body = "New body." };
        var second = Link(cache, [a, edited]);

        Assert.True(cache.Reused);
        Assert.Same(first, second);
        Assert.Same(edited, second.BySource[b.SourcePath].Item);
        Assert.Same(a, second.BySource[a.SourcePath].Item);
    }

    [Fact]
    public void A_new_title_alone_keeps_the_graph_and_names_the_node_retitled()
    {
        var cache = new GraphCache();
        var a = Item("a", 1);
        var b = Item("b", 2);
        var first = Link(cache, [a, b]);

        // A parse of edited front matter text is a new object, its lists too: compared by value, only the title differs.
        var retitled = b with { FrontMatter = b.FrontMatter with { Title = "B, retitled", Tags = ["t"] } };
        var second = Link(cache, [a, retitled]);

        Assert.True(cache.Reused);
        Assert.Same(first, second);
        Assert.Equal("B, retitled", second.BySource[b.SourcePath].Title);
        Assert.Equal([second.BySource[b.SourcePath]], cache.Retitled);
        Assert.Equal([second.BySource[b.SourcePath]], cache.Edited);
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("summary")]
    [InlineData("offset of updated")]
    [InlineData("params")]
    [InlineData("draft")]
    public void Any_other_front_matter_change_links_anew(string change)
    {
        var cache = new GraphCache();
        var a = Item("a", 1);
        var b = Item("b", 2, new FrontMatter { Title = "B", Tags = ["t"], Updated = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero) });
        var first = Link(cache, [a, b]);

        var front = b.FrontMatter with { Title = "B, retitled" };
        front = change switch
        {
            "tags" => front with { Tags = ["t", "u"] },
            "summary" => front with { Summary = "A summary." },
            // The same instant, another offset: pages show the offset.
            "offset of updated" => front with { Updated = new DateTimeOffset(2026, 2, 1, 11, 0, 0, TimeSpan.FromHours(2)) },
            "params" => front with { Params = new Dictionary<string, object?> { ["x"] = "y" } },
            _ => front with { Draft = true },
        };
        var second = Link(cache, [a, b with { FrontMatter = front }]);

        Assert.False(cache.Reused);
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData("not told")]
    [InlineData("added")]
    [InlineData("removed")]
    [InlineData("published")]
    public void Anything_linking_reads_links_anew(string change)
    {
        var cache = new GraphCache();
        var a = Item("a", 1);
        var b = Item("b", 2);
        var later = Item("c", 9) with { Date = new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero) };
        var first = Link(cache, [a, b, later]);
        Assert.DoesNotContain(first.Posts, p => p.Slug == "c");

        var second = change switch
        {
            "not told" => Link(cache, [a, b, later], onlyMarkdown: false),
            "added" => Link(cache, [a, b, later, Item("d", 4)]),
            "removed" => Link(cache, [a, later]),
            _ => Link(cache, [a, b, later], rules: Rules with { Now = new DateTimeOffset(2026, 6, 3, 0, 0, 0, TimeSpan.Zero) }),
        };

        Assert.False(cache.Reused);
        Assert.NotSame(first, second);
        if (change == "published") Assert.Contains(second.Posts, p => p.Slug == "c");
    }

    [Fact]
    public void A_graph_with_errors_is_not_kept()
    {
        var cache = new GraphCache();
        // Two posts on one URL: a collision linking reports as an error.
        var a = Item("a", 1);
        var twin = a with { SourcePath = "content/posts/2026-01-01-a-twin.md" };
        cache.StartBuild(true);
        var diagnostics = new DiagnosticBag();
        cache.Link(Config, [a, twin], Rules, diagnostics);
        Assert.True(diagnostics.HasErrors);

        cache.StartBuild(true);
        var again = new DiagnosticBag();
        cache.Link(Config, [a, twin], Rules, again);
        Assert.False(cache.Reused);
        Assert.True(again.HasErrors);
    }
}
