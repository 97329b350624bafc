using SalesForDevs.Rendering.Html;

namespace SalesForDevs.Tests.Rendering.Html;

public sealed class HtmlToTextTests
{
    [Theory]
    [InlineData("<p>One   two\nthree.</p><p>Four.</p>", "One two three.\n\nFour.\n")]
    [InlineData("<h2 id=\"x\">Make the ask</h2><p>Then wait.</p>", "Make the ask\n\nThen wait.\n")]
    [InlineData("<p>See <a href=\"https://x.example/a/\">the post</a>.</p>", "See the post (https://x.example/a/).\n")]
    [InlineData("<p><a href=\"https://x.example/\">https://x.example/</a></p>", "https://x.example/\n")]
    [InlineData("<p>Intro:</p><ul><li>one</li><li>two</li></ul><p>After.</p>", "Intro:\n\n- one\n- two\n\nAfter.\n")]
    [InlineData("<ol start=\"3\"><li><p>three</p></li><li>four</li></ol>", "3. three\n\n4. four\n")]
    [InlineData("<ul><li>outer<ul><li>inner</li></ul></li></ul>", "- outer\n  - inner\n")]
    [InlineData("<blockquote><p>Ask.</p><p>Then wait.</p></blockquote>", "> Ask.\n>\n> Then wait.\n")]
    [InlineData("<p>Before.</p>\n<blockquote>\n<p>Ask.</p>\n</blockquote>\n<p>After.</p>", "Before.\n\n> Ask.\n\nAfter.\n")]
    [InlineData("<pre><code>a  b\n  c\n</code></pre>", "    a  b\n      c\n")]
    [InlineData("<p>Line one<br>line two</p>", "Line one\nline two\n")]
    [InlineData("<p>A chart: <img src=\"x.png\" alt=\"Pay over time\"></p>", "A chart: [Pay over time]\n")]
    [InlineData("<p>Tom &amp; Jerry&nbsp;&mdash; “quoted”</p>", "Tom & Jerry — “quoted”\n")]
    [InlineData("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>", "a | b\n1 | 2\n")]
    [InlineData("<p>x</p><hr><p>y</p>", "x\n\n---\n\ny\n")]
    public void Converts_blocks_lists_quotes_and_links(string html, string expected) =>
        Assert.Equal(expected, HtmlToText.Convert(html));
}
