using SalesForDevs.Outputs.Search;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs.Search;

/// <summary>
/// The streaming scanner must read every body exactly as the full HTML parse does (the search index stays
/// byte-identical), and must give up, rather than guess, where the parser would move or reread text.
/// </summary>
public sealed class PageTextScannerTests
{
    public static TheoryData<string> Regular() => new(
        "<p>Plain text.</p>\n",
        "<p>A <em>b</em>c <strong>d</strong> <code>x &lt; y</code> <a href=\"/u\">link</a></p>\n<p>Next</p>\n",
        "<h2 id=\"know\">Know your <em>number</em><a class=\"heading-anchor\" href=\"#know\" aria-label=\"Link to section: Know your number\">#</a></h2>\n<p>Budgets.</p>\n",
        "<h1>One</h1><h2>  Two \n words </h2><h3><a class=\"heading-anchor\" href=\"#x\">#</a></h3><h4>Four<br />lines</h4>",
        "<pre><code class=\"language-cs\"><span class=\"k\">var</span> secret = 1;\n</code></pre>\n<p>after</p>",
        "<p>&ldquo;Quotes&rdquo; &mdash; &hellip; it&rsquo;s &amp; &quot;x&quot; &#8617; &#x1F600; &nbsp;&lsquo;a&rsquo; &laquo;b&raquo; &ndash; &apos;</p>",
        "<p>AT & T, 1 < 2, a & b;</p>",
        "<p>Video:</p><iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"A talk\">Watch <b>the talk</b> &amp; more\r\n</iframe><p>after</p>",
        "<table>\n<thead>\n<tr>\n<th>Head</th>\n<th style=\"text-align: right;\">Two</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>cell</td>\n<td><em>b</em></td>\n</tr>\n</tbody>\n</table>\n",
        "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> done</li>\n</ul>\n",
        "<p>Text<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>\n<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>Note.<a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n",
        "<div class=\"note\"><p>Raw <b>block</b></p><!-- a comment <p>hidden</p> --><script>var s = \"</p>words\";</script><style>p { color: red }</style></div>",
        "<SCRIPT type=text/javascript>if (a < b) x();</SCRIPT ><p>visible</p><STYLE>h1{}</style>",
        "<p>one</p><a class=\"x heading-anchor\" href=#a>#</a><a class='other'>kept</a><a class=\"heading-anchors\">kept too</a>",
        "<figure><picture><source srcset=\"a.webp 480w\" type=\"image/webp\" /><img src=\"a.jpg\" alt=\"Alt text\" title='t > u'></picture><figcaption>Caption</figcaption></figure>",
        "<p>line\r\nbreak\rcarriage</p><h2>Head\r\ning</h2>",
        "<details><summary>More</summary><p>Inside</p></details><p>x<!---->y<!-- -- -->z</p>",
        "<table><tr><td><pre>code</pre>cell<h2>in cell</h2></td></tr></table><p>after</p>",
        "<p><a href=\"/a\">one</a> <a href=\"/b\">two</a></p><h2><a href=\"/c\">linked</a> heading</h2>",
        "<blockquote>\n<p>Quoted <del>old</del> <sup>2</sup><sub>3</sub></p>\n</blockquote>\n<hr />\n<ol start=\"3\">\n<li>three</li>\n</ol>\n",
        "");

    public static TheoryData<string> Unusual() => new(
        "<table><tr>stray text<td>cell</td></tr></table>",
        "<table><div>moved</div><tr><td>x</td></tr></table>",
        "<p>a <svg><style>x</style><text>drawn</text></svg></p>",
        "<table><iframe>moved</iframe><tr><td>x</td></tr></table>",
        "<textarea><p>not a tag</p></textarea>",
        "<template><p>inert</p></template><p>shown</p>",
        "<p>&copy; &notit; &amp</p>",
        "<p>&#0; &#x80; &#xD800;</p>",
        "<div><pre>unclosed</div><p>after</p>",
        "<h2>heading <div>block</div> end</h2>",
        "<div><h2>closed by div</div>after",
        "<a href=\"/a\">outer <a class=\"heading-anchor\">#</a> rest</a>",
        "<a class=\"heading&#45;anchor\">#</a>text",
        "<script><!-- <script> </script> still script </script><p>x</p>",
        "<p>a<!-->b</p>",
        "<p>open <pre>code",
        "<p>a</p><!DOCTYPE html><p>b</p>",
        "<p>a<?php echo 1 ?>b</p>",
        "<p>tag at the end <span");

    [Theory]
    [MemberData(nameof(Regular))]
    public void Regular_html_is_read_without_a_parse_and_as_the_parse_reads_it(string html)
    {
        var scanned = PageTextScanner.TryRead(html);
        Assert.NotNull(scanned);
        AssertSame(DomPageText.Read(html), scanned);
        AssertScanSame(DomPageText.Read(html), html);
    }

    [Theory]
    [MemberData(nameof(Unusual))]
    public void Html_the_parser_rearranges_is_left_to_the_parser(string html)
    {
        Assert.Null(PageTextScanner.TryRead(html));
        Assert.False(PageTextScanner.TryScan(html, out _, out _));
        AssertSame(DomPageText.Read(html), PageText.Read(html));
    }

    /// <summary>Every rendered body the golden files hold: markdown's own output and the shortcodes' templates (page and feed versions).</summary>
    public static TheoryData<string> GoldenBodies() =>
        new(new[] { "Markdown", "Shortcodes" }.SelectMany(f => Directory.GetFiles(Path.Combine(Golden.Folder, f), "*.html"))
            .Select(p => Path.GetRelativePath(Golden.Folder, p)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(GoldenBodies))]
    public void Golden_bodies_are_read_without_a_parse_and_as_the_parse_reads_them(string file)
    {
        var html = File.ReadAllText(Path.Combine(Golden.Folder, file));
        AssertSame(DomPageText.Read(html), PageTextScanner.TryRead(html));
        AssertScanSame(DomPageText.Read(html), html);
    }

    [Fact]
    public void A_scan_after_a_longer_page_gives_only_its_own_text()
    {
        var longer = "<p>" + string.Join(' ', Enumerable.Repeat("word", 20_000)) + "</p>";
        Assert.True(PageTextScanner.TryScan(longer, out _, out var first));
        Assert.Equal(20_000 * 5 - 1, first.Length);
        Assert.True(PageTextScanner.TryScan("<h2>Short</h2><p>page</p>", out var headings, out var text));
        Assert.Equal("Shortpage", text.ToString());
        Assert.Equal(["Short"], Strings(headings));
    }

    [Fact]
    public void A_scan_after_a_page_with_many_headings_gives_only_its_own()
    {
        var many = string.Concat(Enumerable.Range(0, 500).Select(i => $"<h2>Heading   number\n{i}</h2><p>x</p>"));
        Assert.True(PageTextScanner.TryScan(many, out var first, out _));
        Assert.Equal(500, first.Count);
        Assert.Equal("Heading number 499", first[499].ToString());
        Assert.True(PageTextScanner.TryScan("<h3> One </h3><h3>  </h3><h3>Two</h3>", out var headings, out _));
        Assert.Equal(["One", "Two"], Strings(headings));
    }

    private static string[] Strings(PageTextScanner.ScannedHeadings headings)
    {
        var strings = new string[headings.Count];
        for (var i = 0; i < strings.Length; i++) strings[i] = headings[i].ToString();
        return strings;
    }

    /// <summary>The span the index reads is the text the record holds.</summary>
    private static void AssertScanSame(PageText expected, string html)
    {
        Assert.True(PageTextScanner.TryScan(html, out var headings, out var text));
        Assert.Equal(expected.Text, text.ToString());
        Assert.Equal(expected.Headings, Strings(headings));
    }

    [Fact]
    public void Headings_and_text_leave_out_code_and_anchors()
    {
        var page = PageText.Read("<h2 id=\"a\">The <code>ask</code><a class=\"heading-anchor\" href=\"#a\">#</a></h2><pre><code>secret()</code></pre><p>Body</p>");
        Assert.Equal(["The ask"], page.Headings);
        Assert.Equal("The askBody", page.Text);
    }

    private static void AssertSame(PageText expected, PageText? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Headings, actual.Headings);
    }
}
