using AngleSharp.Html.Parser;
using SalesForDevs.Rendering.Html;

namespace SalesForDevs.Tests.Rendering.Html;

public sealed class AbsoluteUrlRewriterTests
{
    private static readonly Uri Post = new("https://example.org/blog/2026/01/the-ask/");

    private static AngleSharp.Dom.IElement Rewritten(string html, string selector) =>
        new HtmlParser().ParseDocument(AbsoluteUrlRewriter.Rewrite(html, Post)).QuerySelector(selector)!;

    [Theory]
    [InlineData("other/", "https://example.org/blog/2026/01/the-ask/other/")]
    [InlineData("../next/", "https://example.org/blog/2026/01/next/")]
    [InlineData("/blog/about/", "https://example.org/blog/about/")]
    [InlineData("#details", "https://example.org/blog/2026/01/the-ask/#details")]
    [InlineData("?page=2", "https://example.org/blog/2026/01/the-ask/?page=2")]
    [InlineData("//cdn.example.net/x.js", "https://cdn.example.net/x.js")]
    [InlineData("caf\u00e9.png", "https://example.org/blog/2026/01/the-ask/caf%C3%A9.png")]
    public void Relative_urls_resolve_against_the_post(string url, string expected) =>
        Assert.Equal(expected, AbsoluteUrlRewriter.Absolute(url, Post));

    [Theory]
    [InlineData("https://Other.example.com/a%20b?q=1&r=2#x")]
    [InlineData("http://example.com")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("tel:+1-555-0100")]
    [InlineData("")]
    public void Urls_with_a_scheme_and_empty_urls_stay_exactly_as_written(string url) =>
        Assert.Equal(url, AbsoluteUrlRewriter.Absolute(url, Post));

    [Fact]
    public void Links_images_media_and_forms_become_absolute()
    {
        const string html = """
            <p><a href="../x/">x</a> <img src="pic.png"></p>
            <video src="v.mp4" poster="poster.jpg"><source src="/blog/v.webm"></video>
            <blockquote cite="source.html">q</blockquote>
            <form action="search"><button formaction="go">go</button></form>
            <object data="movie.swf"></object>
            """;
        Assert.Equal("https://example.org/blog/2026/01/x/", Rewritten(html, "a").GetAttribute("href"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/pic.png", Rewritten(html, "img").GetAttribute("src"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/v.mp4", Rewritten(html, "video").GetAttribute("src"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/poster.jpg", Rewritten(html, "video").GetAttribute("poster"));
        Assert.Equal("https://example.org/blog/v.webm", Rewritten(html, "source").GetAttribute("src"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/source.html", Rewritten(html, "blockquote").GetAttribute("cite"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/search", Rewritten(html, "form").GetAttribute("action"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/go", Rewritten(html, "button").GetAttribute("formaction"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/movie.swf", Rewritten(html, "object").GetAttribute("data"));
    }

    [Theory]
    [InlineData("a.png 1x, b.png 2x", "https://example.org/blog/2026/01/the-ask/a.png 1x, https://example.org/blog/2026/01/the-ask/b.png 2x")]
    [InlineData("/blog/s.jpg 480w,/blog/l.jpg 1024w", "https://example.org/blog/s.jpg 480w, https://example.org/blog/l.jpg 1024w")]
    [InlineData("  one.png  ", "https://example.org/blog/2026/01/the-ask/one.png")]
    [InlineData("a,b.png 2x, c.png", "https://example.org/blog/2026/01/the-ask/a,b.png 2x, https://example.org/blog/2026/01/the-ask/c.png")]
    [InlineData("x.png, https://cdn.example.net/y.png 2x", "https://example.org/blog/2026/01/the-ask/x.png, https://cdn.example.net/y.png 2x")]
    public void Srcset_urls_become_absolute_and_descriptors_stay(string srcset, string expected) =>
        Assert.Equal(expected, AbsoluteUrlRewriter.RewriteSrcset(srcset, Post));

    [Fact]
    public void Srcset_on_img_and_picture_sources_is_rewritten()
    {
        const string html = """<picture><source srcset="w.webp 2x"><img src="f.png" srcset="f.png 1x, f2.png 2x"></picture>""";
        Assert.Equal("https://example.org/blog/2026/01/the-ask/w.webp 2x", Rewritten(html, "source").GetAttribute("srcset"));
        Assert.Equal("https://example.org/blog/2026/01/the-ask/f.png 1x, https://example.org/blog/2026/01/the-ask/f2.png 2x",
            Rewritten(html, "img").GetAttribute("srcset"));
    }

    [Fact]
    public void Text_and_markup_other_than_urls_are_kept()
    {
        const string html = "<p>a &lt; b &amp;&amp; c ]]&gt; \U0001F600 \u05E9\u05DC\u05D5\u05DD <code>x &lt;y&gt;</code></p>\n<h2 id=\"k\">K</h2>\n";
        Assert.Equal(html, AbsoluteUrlRewriter.Rewrite(html, Post));
    }

    [Fact]
    public void Svg_links_become_absolute()
    {
        const string html = """<svg><use xlink:href="icons.svg#rss"></use><a href="x/"><text>t</text></a></svg>""";
        var rewritten = AbsoluteUrlRewriter.Rewrite(html, Post);
        Assert.Contains("\"https://example.org/blog/2026/01/the-ask/icons.svg#rss\"", rewritten);
        Assert.Contains("\"https://example.org/blog/2026/01/the-ask/x/\"", rewritten);
    }
}
