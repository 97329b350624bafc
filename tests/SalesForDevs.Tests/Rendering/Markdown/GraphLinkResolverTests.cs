using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Tests.Rendering.Markdown;

public sealed class GraphLinkResolverTests
{
    [Theory]
    [InlineData("content/posts/a.md", "content/posts/a.md")]
    [InlineData("content/posts/../pages/b.md", "content/pages/b.md")]
    [InlineData("content/posts/./a.md", "content/posts/a.md")]
    [InlineData(@"content\posts\a.md", "content/posts/a.md")]
    [InlineData("content//posts/a.md/", "content/posts/a.md")]
    [InlineData("/content/posts/a.md", "content/posts/a.md")]
    [InlineData("", "")]
    [InlineData("content/..", "")]
    public void A_link_path_is_normalized_to_slash_separated_segments(string path, string expected) =>
        Assert.Equal(expected, GraphLinkResolver.Normalize(path));

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("content/../../x.md")]
    public void A_path_that_climbs_above_the_site_has_no_normal_form(string path) =>
        Assert.Null(GraphLinkResolver.Normalize(path));

    [Fact]
    public void A_path_already_normal_is_returned_as_it_is()
    {
        var path = "content/posts/2026-01-05-the-key-is-behavior.md";
        Assert.Same(path, GraphLinkResolver.Normalize(path));
    }
}
