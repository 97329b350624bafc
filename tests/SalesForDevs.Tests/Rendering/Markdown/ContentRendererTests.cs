using SalesForDevs.Building;
using SalesForDevs.Diagnostics;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown;

public sealed class ContentRendererTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/posts/2026-01-05-one.md --
        ---
        title: One
        ---
        The first post.
        -- content/posts/2026-01-06-draft.md --
        ---
        title: Draft
        draft: true
        ---
        Not published.
        """;

    [Fact]
    public void A_build_that_keeps_nothing_lets_each_rendered_body_go()
    {
        using var site = new TempSite(Site);
        var diagnostics = new DiagnosticBag();
        var rendered = SiteBuilder.Render(site.Root, new BuildOptions { Now = TempSite.Now }, diagnostics);
        Assert.NotNull(rendered);
        var post = Assert.Single(rendered.Graph.Posts);
        Assert.Contains("The first post.", rendered.Content[post].Html.ToString());
        Assert.Throws<InvalidOperationException>(() => post.Item.Body);
    }

    [Fact]
    public void Sfd_serve_keeps_the_bodies_it_compares_on_the_next_build()
    {
        using var site = new TempSite(Site);
        var cache = new BuildCache();
        var options = new BuildOptions { Now = TempSite.Now };
        var first = SiteBuilder.Render(site.Root, options, new DiagnosticBag(), cache);
        Assert.NotNull(first);
        Assert.Equal("The first post.\n", Assert.Single(first.Graph.Posts).Item.Body);
        var second = SiteBuilder.Render(site.Root, options, new DiagnosticBag(), cache);
        Assert.NotNull(second);
        Assert.Contains("The first post.", second.Content[Assert.Single(second.Graph.Posts)].Html.ToString());
    }
}
