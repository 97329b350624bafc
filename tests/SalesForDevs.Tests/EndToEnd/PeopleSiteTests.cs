using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SalesForDevs.Building;
using SalesForDevs.Tests.Outputs.Feeds;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>The people fixture (Golden/Sites/people) built once: two authors, a co-written post, two declared taxonomies.</summary>
public sealed class PeopleSiteFixture : IDisposable
{
    internal TempSite Site { get; } = new("");
    internal BuildResult Result { get; }

    public PeopleSiteFixture()
    {
        TempSite.CopyDirectory(Path.Combine(Golden.Folder, "Sites", "people", "site"), Site.Root);
        Result = Site.Build(new BuildOptions { Now = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero) });
    }

    public void Dispose() => Site.Dispose();
}

// Issue 16: bylines, author pages, term pages, feeds and JSON-LD of a site with authors and taxonomies, read as readers and
// search engines read them.
public sealed class PeopleSiteTests(PeopleSiteFixture fixture) : IClassFixture<PeopleSiteFixture>
{
    private static readonly HtmlParser Parser = new();
    private TempSite Site => fixture.Site;

    private IDocument Page(string path)
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        return Parser.ParseDocument(Site.Read(path));
    }

    [Fact]
    public void A_co_written_post_names_both_authors_in_its_byline_in_front_matter_order()
    {
        var page = Page("2026/01/written-together/index.html");
        var byline = page.QuerySelectorAll(".post-meta .byline a.p-author");
        Assert.Equal(["Grace Hopper", "Ada Lovelace"], byline.Select(a => a.TextContent));
        Assert.Equal(["/people/authors/grace/", "/people/authors/ada/"], byline.Select(a => a.GetAttribute("href")));
        Assert.Equal("By Grace Hopper and Ada Lovelace", page.QuerySelector(".post-meta .byline")!.TextContent);
        Assert.Equal("Grace Hopper, Ada Lovelace", page.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Equal(2, page.QuerySelectorAll(".post-authors .author-card").Length);
    }

    [Fact]
    public void A_post_that_names_nobody_is_by_the_default_author()
    {
        var page = Page("2026/01/first-notes/index.html");
        Assert.Equal(["Ada Lovelace"], page.QuerySelectorAll(".post-meta .byline a").Select(a => a.TextContent));
    }

    [Fact]
    public void Lists_show_the_byline()
    {
        var home = Page("index.html");
        var card = home.QuerySelectorAll(".post-card").Single(c => c.QuerySelector(".post-card-title")!.TextContent == "Written together");
        Assert.Equal("by Grace Hopper and Ada Lovelace", card.QuerySelector(".byline")!.TextContent);
    }

    [Fact]
    public void The_post_shows_its_terms_under_the_tags()
    {
        var header = Page("2026/01/written-together/index.html").QuerySelector(".post-header")!;
        var terms = header.QuerySelectorAll(".post-terms");
        Assert.Equal(["Categories: Tooling, Career", "Reading topics: Machines"], terms.Select(t => t.TextContent));
        Assert.Equal("/people/categories/tooling/", terms[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.True(header.QuerySelector("ul.tags")!.CompareDocumentPosition(terms[0]).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public void The_author_page_has_name_bio_avatar_and_posts_newest_first()
    {
        var page = Page("authors/ada/index.html");
        Assert.Equal("Ada Lovelace", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Writes about engines & notes.", page.QuerySelector(".author-bio")!.TextContent);
        Assert.Equal("/people/images/ada.svg", page.QuerySelector("img.author-avatar")!.GetAttribute("src"));
        Assert.True(Site.Exists("images/ada.svg"));
        Assert.Equal("https://ada.example/", page.QuerySelector(".author-website a")!.GetAttribute("href"));
        Assert.Equal(["Written together", "First notes"], page.QuerySelectorAll(".post-list > li > a").Select(a => a.TextContent));
        Assert.Equal("Ada Lovelace · People", page.Title);
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/people/authors/ada/feed.xml");
    }

    [Fact]
    public void The_authors_page_lists_authors_with_published_posts()
    {
        var page = Page("authors/index.html");
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], page.QuerySelectorAll(".author-name a").Select(a => a.TextContent));
        Assert.Equal(["2 posts", "2 posts"], page.QuerySelectorAll(".author-count").Select(a => a.TextContent));
        // Their only post is not out yet.
        Assert.False(Site.Exists("authors/nobody/index.html"));
    }

    [Fact]
    public void Term_pages_list_their_posts_and_link_their_feeds()
    {
        var page = Page("categories/career/index.html");
        Assert.Equal("Career", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Category: Career · People", page.Title);
        Assert.Equal(["The nanosecond", "Written together"], page.QuerySelectorAll(".post-list > li > a").Select(a => a.TextContent));
        Assert.Equal(["Category: Career (RSS)", "Category: Career (Atom)", "Category: Career (JSON Feed)"],
            page.QuerySelectorAll("link[rel=alternate]").Skip(3).Select(l => l.GetAttribute("title")));
        Assert.Equal(["Career 2", "Tooling 2"], Page("categories/index.html").QuerySelectorAll(".tag-cloud li").Select(li => li.TextContent));
        // feeds: false in site.yml
        Assert.True(Site.Exists("topics/machines/index.html"));
        Assert.False(Site.Exists("topics/machines/feed.xml"));
        Assert.Empty(Page("topics/machines/index.html").QuerySelectorAll(".feed-links"));
    }

    [Fact]
    public void The_menu_links_each_taxonomy_and_the_authors()
    {
        var nav = Page("index.html").QuerySelectorAll(".site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Categories", "/people/categories/"), nav);
        Assert.Contains(("Reading topics", "/people/topics/"), nav);
        Assert.Contains(("Authors", "/people/authors/"), nav);
    }

    [Fact]
    public async Task Sfd_check_finds_every_link_and_feed_sound()
    {
        Assert.True(fixture.Result.Succeeded);
        var report = await SalesForDevs.Checking.SiteChecker.CheckAsync(Site.Root, Site.Output,
            new SalesForDevs.Checking.CheckOptions { Now = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), Strict = true });
        Assert.True(report.Problems.Count == 0 && report.Succeeded, string.Join("\n", report.Problems.Select(p => p.ToString())));
        Assert.Equal(21, report.Feeds); // the site, two tags, two categories and two authors, three formats each
    }

    [Fact]
    public void The_sitemap_lists_term_and_author_pages()
    {
        var sitemap = XDocument.Parse(Site.Read("sitemap.xml"));
        var locations = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        Assert.Contains("https://example.github.io/people/authors/", locations);
        Assert.Contains("https://example.github.io/people/authors/grace/", locations);
        Assert.Contains("https://example.github.io/people/categories/", locations);
        Assert.Contains("https://example.github.io/people/categories/tooling/", locations);
        Assert.Contains("https://example.github.io/people/topics/machines/", locations);
    }

    [Fact]
    public void Rss_names_each_author_in_dc_creator()
    {
        var feed = FeedFiles.Load(Path.Combine(Site.Output, "feed.xml"));
        var item = feed.Items.Single(i => i.Title.Text == "Written together");
        var creators = item.ElementExtensions.Where(e => e.OuterName == "creator" && e.OuterNamespace == FeedFiles.DcNs)
            .Select(e => e.GetObject<XElement>().Value).ToList();
        Assert.Equal(["Grace Hopper", "Ada Lovelace"], creators);
        // RSS <author> would need an email address: sfd does not publish one.
        Assert.Empty(item.Authors);
    }

    [Fact]
    public void Atom_entries_carry_their_authors_with_uris_and_the_feeds_are_valid()
    {
        var feed = FeedFiles.Load(Path.Combine(Site.Output, "atom.xml"));
        var item = feed.Items.Single(i => i.Title.Text == "Written together");
        Assert.Equal(["Grace Hopper", "Ada Lovelace"], item.Authors.Select(a => a.Name));
        Assert.Equal(["https://example.github.io/people/authors/grace/", "https://ada.example/"], item.Authors.Select(a => a.Uri));

        var files = Directory.GetFiles(Site.Output, "atom.xml", SearchOption.AllDirectories);
        Assert.Equal(7, files.Length); // the site, two tags, two categories, two authors
        var report = AtomSchema.Validate(files);
        Assert.True(report.ExitCode == 0 && report.Errors.Count == 0, report.Output);
    }

    [Fact]
    public void Json_feed_items_carry_authors_with_url_and_avatar()
    {
        foreach (var path in Directory.GetFiles(Site.Output, "feed.json", SearchOption.AllDirectories))
            Assert.Empty(JsonFeedRules.Check(FeedFiles.LoadJson(path)));
        var feed = FeedFiles.LoadJson(Path.Combine(Site.Output, "authors", "grace", "feed.json"));
        Assert.Equal("People: posts by Grace Hopper", feed.GetProperty("title").GetString());
        var item = feed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Written together");
        var authors = item.GetProperty("authors").EnumerateArray().ToList();
        Assert.Equal(["Grace Hopper", "Ada Lovelace"], authors.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("https://example.github.io/people/images/ada.svg", authors[1].GetProperty("avatar").GetString());
        Assert.False(authors[0].TryGetProperty("avatar", out _));
    }

    [Fact]
    public void Json_ld_names_the_authors_as_people_with_urls()
    {
        var script = Page("2026/01/written-together/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        var authors = json.RootElement.GetProperty("author").EnumerateArray().ToList();
        Assert.All(authors, a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal(["https://example.github.io/people/authors/grace/", "https://example.github.io/people/authors/ada/"], authors.Select(a => a.GetProperty("url").GetString()));
        Assert.Equal("https://ada.example/", authors[1].GetProperty("sameAs").GetString());
    }
}
