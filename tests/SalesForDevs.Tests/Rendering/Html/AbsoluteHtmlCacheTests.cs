using SalesForDevs.Rendering.Html;

namespace SalesForDevs.Tests.Rendering.Html;

public sealed class AbsoluteHtmlCacheTests
{
    [Fact]
    public void The_same_html_for_the_same_page_is_rewritten_once_and_another_page_gets_its_own_links()
    {
        var cache = new AbsoluteHtmlCache();
        var html = SalesForDevs.Rendering.Markdown.Utf8Html.From("<p><a href=\"../other/\">x</a></p>");
        var first = cache.Rewrite(html, new Uri("https://example.com/blog/2026/01/a/"));
        Assert.Same(first, cache.Rewrite(html, new Uri("https://example.com/blog/2026/01/a/")));
        Assert.Contains("https://example.com/blog/2026/01/other/", first);
        Assert.Contains("https://example.com/blog/2026/02/other/", cache.Rewrite(html, new Uri("https://example.com/blog/2026/02/b/")));
    }
}
