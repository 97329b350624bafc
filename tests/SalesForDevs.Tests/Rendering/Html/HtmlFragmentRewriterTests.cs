using SalesForDevs.Rendering.Html;

namespace SalesForDevs.Tests.Rendering.Html;

/// <summary>
/// Hand-written corners of HTML: the single pass must take the ones it claims and give exactly what AngleSharp's parse
/// and serialization give, and must refuse the ones whose tree only the full parser builds right.
/// </summary>
public sealed class HtmlFragmentRewriterTests
{
    private static readonly Uri Page = new("https://example.org/blog/2026/01/the-ask/");

    public static TheoryData<string> Handled() => new(
        "",
        "plain text, no markup",
        "<p>&amp; &lt; &gt; &quot; &apos; &#39; &#x27; &#X27; &copy; &mdash; &hellip; &nbsp; a & b &&amp; &#128512; &NotEqualTilde;</p>\n",
        "<p>a\u00A0b a > b \"quoted\" 'single'</p>",
        "<p>Grüße — 日本語 😀 עברית\tand\ftabs</p>",
        "<p title='say \"hi\"' data-x=\"it's\">x</p>",
        "<a href=\"x?a=1&amp;b=2\" title=\"a &quot;b&quot; &lt;c&gt; &amp;\u00A0&nbsp;\">l</a>",
        "<p><input disabled type=checkbox checked> <video controls src=\"v.mp4\" poster=\"p.jpg\"></video></p>",
        "<P CLASS=\"X\">A</P><IMG SRC=\"a.png\" ALT=x><Br><H2 ID=\"h\">H</H2>",
        "<!-- c --><p>x<!--more--></p><!----><!-- a - b -- c -->",
        "<pre>\nx</pre>",
        "<pre>\n\nx\n</pre>",
        "<pre>\n</pre><pre></pre>",
        "<pre><code class=\"language-cs\">var x = a &lt; b &amp;&amp; c &gt; d;\n</code></pre>",
        "<p>a<br>b<br/>c<br />d</p><hr><hr/><hr />",
        "<img src=\"a.png\" srcset=\"a.png 1x, b.png 2x\" sizes=\"(max-width: 600px) 100vw\" alt=\"\">",
        "<picture><source srcset=\"w.webp 2x\" type=\"image/webp\"><img src=\"f.png\" srcset=\"f.png 1x,/blog/f2.png 2x\" alt=\"F\"></picture>",
        "<p><a href=\"mailto:a@b.c\">m</a><img src=\"data:image/png;base64,AAA=\"><a href=\"//cdn.example.net/x\">c</a><a href=\"tel:+1\">t</a><a href=\"\">e</a><a href=\" x/ \">s</a><a href=\"#frag\">f</a><a href=\"../up/\">u</a><a href=\"/root\">r</a></p>",
        "<h2 id=\"a\">A <em>b</em><a class=\"heading-anchor\" href=\"#a\" aria-label=\"Link to section: A b\"><span>#</span><em>x</em></a></h2>",
        "<h3 id=\"b\">B<a class=\"x heading-anchor y\" href=\"#b\">#</a></h3><h3 id=\"c\">C<a class=\"heading-anchor-not\" href=\"#c\">#</a></h3>",
        "<ul>\n<li><h4 id=\"d\">D<a class=\"heading-anchor\" href=\"#d\">#</a></h4></li>\n</ul>",
        "<div class=\"note\">\n<p>Hi <a href=\"../x/\">there</a></p>\n</div>",
        "<details><summary>S</summary><p>x</p></details><figure><img src=\"a.png\"><figcaption>c</figcaption></figure>",
        "<script>if (a < b && c > d) { x = \"</p>\"; }</script><p>after</p>",
        "<style>p > a { color: red; } /* & &amp; */</style>",
        "<table>\n<thead>\n<tr>\n<th style=\"text-align: left;\">A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1 &amp; <a href=\"x/\">2</a></td>\n</tr>\n</tbody>\n</table>\n",
        "<table background=\"b.png\"><tbody><tr><td><table><tbody><tr><td>nested</td></tr></tbody></table></td></tr></tbody></table>",
        "<dl><dt>a</dt><dd>b</dd></dl><ol start=\"3\"><li>x</li></ol>",
        "<a  href = \"x/\"  >spaced</a><a href='y/'>single</a><a href=z/>unquoted</a>",
        "<a xlink:href=\"x\">x</a><blockquote cite=\"q.html\"><p>q</p></blockquote><img longdesc=\"d.html\" src=\"i.png\">",
        "<a href=\"a?x=1&amp;y=2&copy;&#38;\">entities in a URL</a>",
        "<span data-foo=\"&lt;b&gt;\" data-empty=\"\" data-bare>t</span>",
        "<p><b><i><u><s><strike><tt><big><small><font><strong><em><code>deep</code></em></strong></font></small></big></tt></strike></s></u></i></b></p>",
        "<p><b>1</b><b>2</b><b><b><b><b>four deep</b></b></b></b></p>",
        "text before\n<p>x</p>\ntext after");

    public static TheoryData<string> Refused() => new(
        "<p>x<div>y</div></p>",
        "<p>unclosed",
        "<b><i>x</b></i>",
        "<ul><li>a<li>b</ul>",
        "<table><tr><td>x</td></tr></table>",
        "<table><tbody><tr><td>x</td></tr></tbody>text</table>",
        "<template><p>x</p></template>",
        "<svg><use xlink:href=\"icons.svg#rss\"></use><a href=\"x/\"><text>t</text></a></svg>",
        "<math><mi>x</mi></math>",
        "<a href=\"x\"><a href=\"y\">y</a></a>",
        "<h2>a<h3>b</h3></h2>",
        "<div/>x",
        "<p>a &copy b</p>",
        "<a href=\"?a=1&b=2\">x</a>",
        "<p>&#0;</p>",
        "<p>&#x80;</p>",
        "<p>&#;</p>",
        "<p>a &; b &, c</p>",
        "<!DOCTYPE html><p>x</p>",
        "<p>x</p></br>",
        "<textarea>\nx</textarea>",
        "<noscript><p>x</p></noscript>",
        "<iframe src=\"x\"></iframe>",
        "<form action=\"s\"><button>b</button></form>",
        "<select><option>a</select>",
        "<p>a < b</p>",
        "<!-->",
        "<!-- a --!><p>x</p>",
        "<p title=\"a\"title=\"b\">x</p>",
        "<p class=\"a\" class=\"b\">x</p>",
        "<script><!-- x --></script>",
        "<pre>&#10;x</pre>",
        "<p>a\r\nb</p>",
        "<p>x</p >",
        "<custom-element>x</custom-element>",
        "<![CDATA[x]]>",
        "<p>\u0001</p>",
        "<li>no list</li>",
        "<dd>no dl</dd>",
        "<tr><td>x</td></tr>",
        "<p><hr></p>",
        "</p>");

    [Theory]
    [MemberData(nameof(Handled))]
    public void Handled_fragments_take_the_single_pass_and_match_the_parser(string html)
    {
        Assert.True(HtmlFragmentRewriter.TryRewrite(html, Page, out var fast), "the single pass refused it");
        Assert.Equal(AbsoluteUrlRewriter.RewriteParsed(html, Page), fast);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Fragments_only_the_parser_builds_right_fall_back_to_it(string html)
    {
        Assert.False(HtmlFragmentRewriter.TryRewrite(html, Page, out _));
        Assert.Equal(AbsoluteUrlRewriter.RewriteParsed(html, Page), AbsoluteUrlRewriter.Rewrite(html, Page));
    }

    [Fact]
    public void Heading_anchors_go_and_urls_become_absolute()
    {
        const string html = "<h2 id=\"a\">A<a class=\"heading-anchor\" href=\"#a\">#</a></h2><p><a href=\"../b/\">b</a> <img src=\"c.png\" alt=\"\"></p>";
        Assert.True(HtmlFragmentRewriter.TryRewrite(html, Page, out var rewritten));
        Assert.Equal("<h2 id=\"a\">A</h2><p><a href=\"https://example.org/blog/2026/01/b/\">b</a> <img src=\"https://example.org/blog/2026/01/the-ask/c.png\" alt=\"\"></p>", rewritten);
    }
}
