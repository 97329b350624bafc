using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Yaml;

namespace SalesForDevs.Tests.Linking;

/// <summary>Placing nodes turns front matter into typed values with the site's defaults, so later stages never read it raw (issue 13).</summary>
public sealed class SiteLinkerTests
{
    private static readonly SiteConfig Config = new() { Title = "T", BaseUrl = new Uri("https://example.com/"), Toc = true };

    private static PostNode Place(FrontMatter front, ContentKind kind = ContentKind.Post)
    {
        var item = new ContentItem
        {
            Kind = kind,
            SourcePath = kind == ContentKind.Post ? "content/posts/2026-01-05-a.md" : "content/pages/a.md",
            Slug = "a",
            Date = kind == ContentKind.Post ? new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero) : null,
            Body = "",
            BodyStartLine = 4,
            FrontMatter = front,
        };
        var diagnostics = new DiagnosticBag();
        var graph = SiteLinker.Link(Config, [item], new PublishRules(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return graph.BySource[item.SourcePath];
    }

    [Fact]
    public void Front_matter_params_and_id_become_values_on_the_node()
    {
        var values = new ParamsMap(new Dictionary<string, object?> { ["subtitle"] = "Sub" });
        var node = Place(new FrontMatter
        {
            Title = "A", Params = values, Id = new Located<string>("old-slug", new SourceLocation("content/posts/2026-01-05-a.md", 3, 5)),
            Layout = "wide", Toc = false, Comments = "closed",
        });

        Assert.Same(values, node.Params);
        Assert.Equal("old-slug", node.FeedId);
        Assert.Equal("wide", node.Layout);
        Assert.False(node.ShowsToc);
        Assert.Equal(CommentState.Closed, node.Comments);
    }

    [Fact]
    public void Without_those_keys_the_node_gets_the_defaults()
    {
        var node = Place(new FrontMatter { Title = "A" }, ContentKind.Page);

        Assert.Same(YamlParams.Empty, node.Params);
        Assert.Null(node.FeedId);
        Assert.Equal("page", node.Layout);
        Assert.True(node.ShowsToc);
        Assert.Equal(CommentState.None, node.Comments);
    }
}
