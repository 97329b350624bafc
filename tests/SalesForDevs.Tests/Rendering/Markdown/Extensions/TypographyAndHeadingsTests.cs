using AngleSharp.Html.Parser;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>SmartyPants (with its site.yml switch), no superscript, heading anchors and the table of contents.</summary>
public sealed class TypographyAndHeadingsTests
{
    private static readonly HtmlParser Parser = new();

    private static TempSite Site(string siteExtra = "", string frontMatterExtra = "") => new($"""
        -- site.yml --
        title: Typography
        base_url: https://example.github.io/blog/
        {siteExtra}
        -- content/posts/2026-01-05-first.md --
        ---
        title: First
        {frontMatterExtra}
        ---
        "Quoted" -- dashes --- and more... A page holds 2^10 bytes, a disk 2^20, and water is H~2~O. `"code" -- stays`

        ## Make "the" ask

        Text.

        ### When to ask

        More.

        ## After the ask
        """);

    private static AngleSharp.Html.Dom.IHtmlDocument Post(TempSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Parser.ParseDocument(site.Read("2026/01/first/index.html"));
    }

    [Fact]
    public void SmartyPants_is_on_by_default_and_leaves_code_alone()
    {
        using var site = Site();
        var paragraph = Post(site).QuerySelector(".post-content p")!;
        Assert.StartsWith("“Quoted” – dashes — and more…", paragraph.TextContent);
        Assert.Equal("\"code\" -- stays", paragraph.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void SmartyPants_can_be_switched_off_in_site_yml()
    {
        using var site = Site("typography: { smartypants: false }");
        Assert.StartsWith("\"Quoted\" -- dashes --- and more...", Post(site).QuerySelector(".post-content p")!.TextContent);
    }

    [Fact]
    public void Carets_and_tildes_stay_text()
    {
        using var site = Site();
        var paragraph = Post(site).QuerySelector(".post-content p")!;
        Assert.Null(paragraph.QuerySelector("sup"));
        Assert.Null(paragraph.QuerySelector("sub"));
        Assert.Contains("2^10 bytes, a disk 2^20, and water is H~2~O", paragraph.TextContent);
    }

    [Fact]
    public void Headings_link_to_themselves_with_a_labelled_anchor()
    {
        using var site = Site();
        var heading = Post(site).QuerySelector(".post-content h2")!;
        Assert.Equal("make-the-ask", heading.Id);
        var anchor = heading.QuerySelector("a.heading-anchor")!;
        Assert.Equal("#make-the-ask", anchor.GetAttribute("href"));
        Assert.Equal("Link to section: Make “the” ask", anchor.GetAttribute("aria-label"));
    }

    [Fact]
    public void Heading_anchors_stay_out_of_the_feeds()
    {
        using var site = Site();
        Post(site);
        var feed = site.Read("feed.xml");
        Assert.Contains("make-the-ask", feed);
        Assert.DoesNotContain("heading-anchor", feed);
    }

    [Fact]
    public void Toc_in_front_matter_renders_a_nested_table_of_contents()
    {
        using var site = Site(frontMatterExtra: "toc: true");
        var toc = Post(site).QuerySelector("nav.toc")!;
        var top = toc.QuerySelectorAll(":scope > ol > li > a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#make-the-ask", "Make “the” ask"), ("#after-the-ask", "After the ask")], top);
        Assert.Equal("#when-to-ask", toc.QuerySelector("ol ol a")!.GetAttribute("href"));
    }

    [Fact]
    public void Toc_follows_the_site_default_unless_the_post_says_otherwise()
    {
        using (var on = Site("toc: true")) Assert.NotNull(Post(on).QuerySelector("nav.toc"));
        using (var off = Site("toc: true", "toc: false")) Assert.Null(Post(off).QuerySelector("nav.toc"));
        using (var none = Site()) Assert.Null(Post(none).QuerySelector("nav.toc"));
    }
}
