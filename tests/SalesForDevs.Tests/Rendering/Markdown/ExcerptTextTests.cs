using System.Text;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Tests.Rendering.Markdown;

/// <summary>The one-pass plain text of an excerpt against the regexes it replaced.</summary>
public sealed class ExcerptTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<p>Hello <em>world</em>.</p>\n")]
    [InlineData("<p>a &amp; b &lt;c&gt; &ldquo;q&rdquo; &#8212; &nbsp;x&#xA0;y</p>")]
    [InlineData("<p>Text<sup id=\"fnref:1\"><a href=\"#fn:1\">1</a></sup> after</p>")]
    [InlineData("a <> b << c >> d < e")]
    [InlineData("a <b no close")]
    [InlineData("x<y>z<\nmulti\nline>w")]
    [InlineData("  \t lead\r\n and\u2028 trail \u00A0 ")]
    [InlineData("<p>é ü — “quoted”</p>")]
    [InlineData("&amp;lt;b&amp;gt; stays text")]
    [InlineData("<supper>kept</supper> <sup>gone</sup> <sup>unclosed")]
    public void Plain_text_is_what_the_regexes_gave(string html)
    {
        Assert.Equal(ExcerptText.WithRegexes(html), ExcerptText.Of(html));
    }

    [Fact]
    public void Generated_fragments_give_what_the_regexes_gave()
    {
        string[] pieces = ["<", ">", "<p>", "</p>", "<a href=\"x\">", "&amp;", "&", ";", "&#32;", "&nbsp;", " ", "  ", "\n", "\t", "word", "é", "<sup>", "</sup>", "<>", "\u2003"];
        var random = new Random(14);
        for (var n = 0; n < 5000; n++)
        {
            var html = new StringBuilder();
            for (var i = random.Next(0, 12); i > 0; i--) html.Append(pieces[random.Next(pieces.Length)]);
            var text = html.ToString();
            Assert.True(ExcerptText.WithRegexes(text) == ExcerptText.Of(text), $"differs on «{text}»");
        }
    }

    [Fact]
    public void The_golden_bodies_excerpts_read_as_before()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Support.Golden.Folder, "Markdown"), "*.html"))
        {
            var html = File.ReadAllText(file);
            Assert.Equal(ExcerptText.WithRegexes(html), ExcerptText.Of(html));
        }
    }
}
