using AngleSharp.Html.Parser;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>The <c>markdown: { raw_html: false }</c> switch: HTML in posts shown as text, script links refused.</summary>
public sealed class RawHtmlTests
{
    private static readonly HtmlParser Parser = new();

    private const string Body = """
        Intro with <b onclick="steal()">inline</b> HTML and a [coming post](2026-09-07-later.md).

        <script>alert("x")</script>
        <div class="box">block</div>

        <!--more-->

        After the fold.
        """;

    private static TempSite Site(string siteExtra, string body = Body) => new($"""
        -- site.yml --
        title: Raw
        base_url: https://example.github.io/blog/
        {siteExtra}
        -- content/posts/2026-01-05-first.md --
        ---
        title: First
        ---
        {body}
        -- content/posts/2026-09-07-later.md --
        ---
        title: Later
        ---
        Soon.
        """);

    private static AngleSharp.Html.Dom.IHtmlDocument Build(TempSite site, string page = "2026/01/first/index.html")
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Parser.ParseDocument(site.Read(page));
    }

    [Fact]
    public void Raw_html_passes_through_by_default()
    {
        using var site = Site("");
        var content = Build(site).QuerySelector(".post-content")!;
        Assert.NotNull(content.QuerySelector("b[onclick]"));
        Assert.NotNull(content.QuerySelector("script"));
        Assert.NotNull(content.QuerySelector("div.box"));
    }

    [Fact]
    public void With_raw_html_off_the_html_is_shown_as_text_and_sfd_own_markup_stays()
    {
        using var site = Site("markdown: { raw_html: false }");
        var content = Build(site).QuerySelector(".post-content")!;

        Assert.Null(content.QuerySelector("b"));
        Assert.Null(content.QuerySelector("script"));
        Assert.Null(content.QuerySelector("div.box"));
        Assert.Contains("<b onclick=\"steal()\">inline</b>", content.TextContent);
        Assert.Contains("<script>alert(\"x\")</script>", content.TextContent);
        Assert.Contains("<div class=\"box\">block</div>", content.TextContent);
        // The promise of an unpublished post is sfd's own HTML, not the author's.
        Assert.Equal("(coming soon)", content.QuerySelector(".coming-soon")!.TextContent);
    }

    [Fact]
    public void With_raw_html_off_the_more_marker_still_ends_the_excerpt()
    {
        using var site = Site("markdown: { raw_html: false }");
        Build(site);
        var home = Parser.ParseDocument(site.Read("index.html"));
        var text = home.Body!.TextContent;
        Assert.Contains("<script>alert(\"x\")</script>", text);
        Assert.DoesNotContain("After the fold", text);
        Assert.DoesNotContain("<!--more-->", text);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", 1, "javascript:alert(1)")]
    [InlineData("Text <JavaScript:alert(1)>", 6, "JavaScript:alert(1)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", 1, "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)", 1, "data:image/svg+xml;base64,PHN2Zz4=")]
    [InlineData("[x](vbscript:msgbox)", 1, "vbscript:msgbox")]
    public void With_raw_html_off_a_link_that_runs_a_script_is_an_error_at_its_position(string markdown, int column, string url)
    {
        using var site = Site("markdown: { raw_html: false }", "First line.\n\n" + markdown);
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal($"content/posts/2026-01-05-first.md:6:{column}: error: the link \"{url}\" could run a script, and this site has `markdown: {{ raw_html: false }}`; link to a page instead", error.ToString());
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void With_raw_html_off_a_png_data_image_and_ordinary_links_are_fine()
    {
        using var site = Site("markdown: { raw_html: false }", "![dot](data:image/png;base64,iVBORw0KGgo=) [home](/) [mail](mailto:a@b.c) [javascript tips](https://example.com/javascript:x)");
        var content = Build(site).QuerySelector(".post-content")!;
        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", content.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal(4 - 1, content.QuerySelectorAll("a").Length);
    }

    [Fact]
    public void An_unknown_key_under_markdown_is_an_error()
    {
        using var site = Site("markdown: { raw_htm: false }");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("site.yml:3:13: error: unknown key `markdown.raw_htm`; did you mean `markdown.raw_html`?", error.ToString());
    }
}
