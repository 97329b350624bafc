using SalesForDevs.Rendering.Html;

namespace SalesForDevs.Tests.Rendering.Html;

/// <summary>What a shortcode gives feeds and emails is plain, reader-safe HTML (issue 18).</summary>
public sealed class FeedSafeHtmlTests
{
    [Theory]
    [InlineData("""<div class="video"><iframe src="https://www.youtube-nocookie.com/embed/x" title="The talk"></iframe></div>""",
        """<div class="video"><a href="https://www.youtube-nocookie.com/embed/x">The talk</a></div>""")]
    [InlineData("""<object data="https://example.com/a.svg"></object>""", """<a href="https://example.com/a.svg">https://example.com/a.svg</a>""")]
    [InlineData("""<p>Hi</p><script>alert(1)</script><style>p{}</style>""", "<p>Hi</p>")]
    [InlineData("""<p onclick="x()" style="color:red" class="k">Hi</p>""", """<p class="k">Hi</p>""")]
    [InlineData("""<a href=" javascript:alert(1)">Hi</a><iframe src="javascript:x"></iframe>""", "<a>Hi</a>")]
    [InlineData("""<form action="/x"><input name="q"></form><p>Kept</p>""", "<p>Kept</p>")]
    [InlineData("""<noscript><p>Without scripts</p></noscript>""", "<p>Without scripts</p>")]
    [InlineData("Plain text & more", "Plain text & more")]
    public void Scripts_styles_frames_and_handlers_never_reach_a_reader(string html, string expected) =>
        Assert.Equal(expected, FeedSafeHtml.Clean(html));
}
