using System.ServiceModel.Syndication;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SalesForDevs.Building;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>Builds <see cref="FeedTestSite"/> once; the feed tests read its output.</summary>
public sealed class FeedSiteFixture : IDisposable
{
    internal TempSite Site { get; } = FeedTestSite.Create();
    internal BuildResult Result { get; }

    public FeedSiteFixture() => Result = Site.Build();

    public string Path(string outputPath) => System.IO.Path.Combine(Site.Output, outputPath);

    public void Dispose() => Site.Dispose();
}

/// <summary>The feeds of a small site, read back by independent readers (System.ServiceModel.Syndication, System.Text.Json).</summary>
public sealed class FeedWriterTests(FeedSiteFixture site) : IClassFixture<FeedSiteFixture>
{
    private static readonly string[] PublishedTitles = FeedTestSite.Published.Select(p => p.Title).ToArray();
    private static readonly string[] PublishedUrls = FeedTestSite.Published.Select(p => p.Url).ToArray();

    [Fact]
    public void Site_builds_cleanly()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Xml_feeds_carry_the_published_posts_newest_first_with_absolute_links(string file)
    {
        var feed = FeedFiles.Load(site.Path(file));
        var items = feed.Items.ToList();
        Assert.Equal(PublishedTitles, items.Select(i => i.Title.Text));
        Assert.Equal(PublishedUrls, items.Select(FeedFiles.Alternate));
        Assert.All(items, i => Assert.StartsWith("tag:example.org,", i.Id));
    }

    [Fact]
    public void Json_feed_follows_the_json_feed_rules_and_carries_the_published_posts_newest_first()
    {
        var feed = FeedFiles.LoadJson(site.Path("feed.json"));
        Assert.Empty(JsonFeedRules.Check(feed));
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(PublishedTitles, items.Select(i => FeedFiles.String(i, "title")));
        Assert.Equal(PublishedUrls, items.Select(i => FeedFiles.String(i, "url")));
    }

    [Fact]
    public void Drafts_and_future_posts_are_in_no_feed()
    {
        foreach (var file in FeedPaths())
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("draft-post", text);
            Assert.DoesNotContain("future-post", text);
            Assert.DoesNotContain("A draft", text);
        }
    }

    [Fact]
    public void All_three_formats_give_each_post_the_same_id_title_link_and_dates()
    {
        var rss = FeedFiles.Load(site.Path("feed.xml")).Items.ToList();
        var atom = FeedFiles.Load(site.Path("atom.xml")).Items.ToList();
        var json = FeedFiles.LoadJson(site.Path("feed.json")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, rss.Count);
        for (var i = 0; i < rss.Count; i++)
        {
            Assert.Equal(rss[i].Id, atom[i].Id);
            Assert.Equal(rss[i].Id, FeedFiles.String(json[i], "id"));
            Assert.Equal(rss[i].PublishDate, atom[i].PublishDate);
            Assert.Equal(rss[i].PublishDate, DateTimeOffset.Parse(FeedFiles.String(json[i], "date_published")!, System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Equal(4, rss.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Entry_id_is_a_tag_uri_of_host_base_path_date_and_slug()
    {
        var second = FeedFiles.Load(site.Path("atom.xml")).Items.Single(i => i.Title.Text == "The second post");
        Assert.Equal("tag:example.org,2026-02-10:/notes/second-post", second.Id);
    }

    [Fact]
    public void Published_dates_are_rfc_822_in_rss_and_rfc_3339_with_the_posts_offset_in_atom_and_json()
    {
        var rss = File.ReadAllText(site.Path("feed.xml"));
        Assert.Contains("<pubDate>Tue, 10 Feb 2026 07:30:00 GMT</pubDate>", rss);
        var atom = FeedFiles.Load(site.Path("atom.xml")).Items.Single(i => i.Title.Text == "The second post");
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 8, 30, 0, TimeSpan.FromHours(1)), atom.PublishDate);
        Assert.Equal(TimeSpan.FromHours(1), atom.PublishDate.Offset);
        var json = JsonItem("feed.json", "The second post");
        Assert.Equal("2026-02-10T08:30:00+01:00", FeedFiles.String(json, "date_published"));
    }

    [Fact]
    public void Updated_front_matter_shows_in_every_format_and_only_there()
    {
        var updated = new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.FromHours(2));
        // RSS has no element for it: the item carries atom:updated, which System.ServiceModel.Syndication reads as LastUpdatedTime.
        var rss = FeedFiles.Load(site.Path("feed.xml")).Items.ToList();
        Assert.Equal(updated, rss.Single(i => i.Title.Text == "The second post").LastUpdatedTime);
        Assert.All(rss.Where(i => i.Title.Text != "The second post"), i => Assert.Equal(default, i.LastUpdatedTime));

        var atom = FeedFiles.Load(site.Path("atom.xml")).Items.ToList();
        Assert.Equal(updated, atom.Single(i => i.Title.Text == "The second post").LastUpdatedTime);
        // Atom requires updated: without updated: it is the publication date.
        Assert.All(atom.Where(i => i.Title.Text != "The second post"), i => Assert.Equal(i.PublishDate, i.LastUpdatedTime));

        Assert.Equal("2026-05-20T10:00:00+02:00", FeedFiles.String(JsonItem("feed.json", "The second post"), "date_modified"));
        Assert.Null(FeedFiles.String(JsonItem("feed.json", "Third post"), "date_modified"));
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Channel_date_is_the_latest_date_an_item_carries_not_the_build_time(string file)
    {
        var feed = FeedFiles.Load(site.Path(file));
        // The second post's updated: date (2026-05-20T08:00Z) is later than the newest publication (2026-04-20).
        Assert.Equal(new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime.ToUniversalTime());
    }

    [Fact]
    public void Channel_carries_title_description_language_site_link_self_link_and_generator()
    {
        var rss = FeedFiles.Load(site.Path("feed.xml"));
        Assert.Equal("Field Notes", rss.Title.Text);
        Assert.Equal("Notes on shipping software & selling it.", rss.Description.Text);
        Assert.Equal("en", rss.Language);
        Assert.StartsWith("SalesForDevs ", rss.Generator);
        Assert.Contains(rss.Links, l => l.RelationshipType is null or "alternate" && l.Uri.ToString() == FeedTestSite.Base);
        // atom:link rel="self", which the reader exposes among the feed's links.
        Assert.Contains(rss.Links, l => l.RelationshipType == "self" && l.Uri.ToString() == FeedTestSite.Base + "feed.xml" && l.MediaType == "application/rss+xml");

        var atom = FeedFiles.Load(site.Path("atom.xml"));
        Assert.Equal("Field Notes", atom.Title.Text);
        Assert.Equal("Notes on shipping software & selling it.", atom.Description.Text);
        Assert.Equal("en", atom.Language);
        Assert.Contains(atom.Links, l => l.RelationshipType == "self" && l.Uri.ToString() == FeedTestSite.Base + "atom.xml");
        Assert.Contains(atom.Links, l => l.RelationshipType == "alternate" && l.Uri.ToString() == FeedTestSite.Base);
        Assert.Equal("Ada Lovelace", Assert.Single(atom.Authors).Name);
        Assert.Equal("ada@example.org", atom.Authors[0].Email);

        var json = FeedFiles.LoadJson(site.Path("feed.json"));
        Assert.Equal("Field Notes", FeedFiles.String(json, "title"));
        Assert.Equal(FeedTestSite.Base, FeedFiles.String(json, "home_page_url"));
        Assert.Equal(FeedTestSite.Base + "feed.json", FeedFiles.String(json, "feed_url"));
        Assert.Equal("en", FeedFiles.String(json, "language"));
        Assert.Equal("Ada Lovelace", FeedFiles.String(json.GetProperty("authors")[0], "name"));
    }

    [Fact]
    public void Items_carry_author_tags_and_summary()
    {
        var rss = FeedFiles.Load(site.Path("feed.xml")).Items.Single(i => i.Title.Text == "The second post");
        Assert.Equal("Ada Lovelace", FeedFiles.Extension(rss, "creator", FeedFiles.DcNs));
        Assert.Equal(["career", "sales"], rss.Categories.Select(c => c.Name));
        Assert.Equal("This puts the first post into practice.", rss.Summary.Text);

        var atom = FeedFiles.Load(site.Path("atom.xml")).Items.Single(i => i.Title.Text == "The second post");
        Assert.Equal(["career", "sales"], atom.Categories.Select(c => c.Name));
        Assert.Equal("This puts the first post into practice.", atom.Summary.Text);

        var json = JsonItem("feed.json", "The second post");
        Assert.Equal(["career", "sales"], json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("This puts the first post into practice.", FeedFiles.String(json, "summary"));
    }

    [Fact]
    public void Summary_from_front_matter_is_plain_text_in_every_format()
    {
        const string summary = "A summary with <angle brackets> & an ampersand.";
        var rss = FeedFiles.Load(site.Path("feed.xml")).Items.Single(i => i.Title.Text == "Third post");
        // RSS readers render description as HTML: it holds the summary HTML-escaped, which they show as the text.
        Assert.Equal(summary, System.Net.WebUtility.HtmlDecode(rss.Summary.Text));
        Assert.DoesNotContain("<angle", rss.Summary.Text);
        var atom = FeedFiles.Load(site.Path("atom.xml")).Items.Single(i => i.Title.Text == "Third post");
        Assert.Equal("text", atom.Summary.Type);
        Assert.Equal(summary, atom.Summary.Text);
        Assert.Equal(summary, FeedFiles.String(JsonItem("feed.json", "Third post"), "summary"));
    }

    [Fact]
    public void Full_content_is_the_rendered_post_in_every_format()
    {
        var rss = FeedFiles.FullContent(FeedFiles.Load(site.Path("feed.xml")).Items.Single(i => i.Title.Text == "First steps"));
        var atomItem = FeedFiles.Load(site.Path("atom.xml")).Items.Single(i => i.Title.Text == "First steps");
        var atom = FeedFiles.FullContent(atomItem);
        var json = FeedFiles.String(JsonItem("feed.json", "First steps"), "content_html");
        Assert.Equal("html", ((TextSyndicationContent)atomItem.Content).Type);
        foreach (var html in new[] { rss, atom, json })
        {
            Assert.NotNull(html);
            var document = new HtmlParser().ParseDocument(html);
            Assert.Equal("Details", document.QuerySelector("h2")?.TextContent);
            Assert.Contains("The excerpt of the first post", document.Body!.TextContent);
            Assert.Contains("Done.", document.Body.TextContent);
        }
        Assert.Equal(rss, atom);
        Assert.Equal(rss, json);
    }

    [Fact]
    public void Every_url_inside_the_content_is_absolute_and_resolved_against_the_post()
    {
        var html = FeedFiles.String(JsonItem("feed.json", "First steps"), "content_html")!;
        var document = new HtmlParser().ParseDocument(html);
        var links = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
        [
            FeedTestSite.Base + "2026/03/third-post/",
            FeedTestSite.Base + "about/",
            FeedTestSite.Base + "2026/01/first-steps/#details",
            "https://other.example.com/x?a=1&b=2",
        ], links);
        var images = document.QuerySelectorAll("img").ToList();
        Assert.Equal(FeedTestSite.Base + "2026/01/first-steps/images/diagram.png", images[0].GetAttribute("src"));
        Assert.Equal("https://example.org/notes/2026/shared/photo.jpg", images[1].GetAttribute("src"));
        Assert.Equal(FeedTestSite.Base + "2026/01/first-steps/photo-small.jpg 480w, " + FeedTestSite.Base + "img/photo-large.jpg 1024w",
            images[1].GetAttribute("srcset"));

        foreach (var file in FeedPaths())
        {
            foreach (var content in ContentsOf(file))
            {
                var parsed = new HtmlParser().ParseDocument(content);
                foreach (var element in parsed.QuerySelectorAll("[href], [src]"))
                {
                    var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                    Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "https",
                        $"{Path.GetRelativePath(site.Site.Output, file)}: {url} is not absolute");
                }
            }
        }
    }

    [Fact]
    public void Tag_and_series_feeds_hold_their_posts_with_the_same_rules()
    {
        Assert.Equal(["The second post", "First steps"], Titles("tags/career/feed.xml"));
        Assert.Equal(["The second post", "First steps"], Titles("tags/career/atom.xml"));
        Assert.Equal(["Third post", "The second post"], Titles("tags/sales/atom.xml"));
        Assert.Equal(["The second post", "First steps"], Titles("series/craft/feed.xml"));
        Assert.Equal(["The second post", "First steps"], Titles("series/craft/atom.xml"));

        var tagRss = FeedFiles.Load(site.Path("tags/career/feed.xml"));
        Assert.Equal("Field Notes: posts tagged career", tagRss.Title.Text);
        Assert.Contains(tagRss.Links, l => l.Uri.ToString() == FeedTestSite.Base + "tags/career/");
        var seriesAtom = FeedFiles.Load(site.Path("series/craft/atom.xml"));
        Assert.Equal("Field Notes: the Craft series", seriesAtom.Title.Text);
        Assert.Contains(seriesAtom.Links, l => l.RelationshipType == "self" && l.Uri.ToString() == FeedTestSite.Base + "series/craft/atom.xml");
        Assert.NotEqual(FeedFiles.Load(site.Path("atom.xml")).Id, seriesAtom.Id);

        foreach (var folder in new[] { "tags/career/", "tags/sales/", "series/craft/" })
        {
            var json = FeedFiles.LoadJson(site.Path(folder + "feed.json"));
            Assert.Empty(JsonFeedRules.Check(json));
            Assert.Equal(FeedTestSite.Base + folder + "feed.json", FeedFiles.String(json, "feed_url"));
            Assert.Equal(Titles(folder + "atom.xml"), json.GetProperty("items").EnumerateArray().Select(i => FeedFiles.String(i, "title")));
        }
    }

    [Fact]
    public void Every_page_links_the_site_feeds_and_tag_and_series_pages_link_their_own()
    {
        var parser = new HtmlParser();
        string[] Alternates(string page) => parser.ParseDocument(File.ReadAllText(site.Path(page)))
            .QuerySelectorAll("head link[rel=alternate]").Select(l => $"{l.GetAttribute("type")} {l.GetAttribute("href")}").ToArray();
        string[] Three(string folder) =>
            [$"application/rss+xml /notes/{folder}feed.xml", $"application/atom+xml /notes/{folder}atom.xml", $"application/feed+json /notes/{folder}feed.json"];

        var pages = Directory.EnumerateFiles(site.Site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10);
        foreach (var page in pages)
        {
            var links = Alternates(Path.GetRelativePath(site.Site.Output, page));
            Assert.True(Three("").All(links.Contains), $"{page} does not link the site feeds: {string.Join(", ", links)}");
        }
        Assert.Equal([.. Three(""), .. Three("tags/career/")], Alternates("tags/career/index.html"));
        Assert.Equal([.. Three(""), .. Three("series/craft/")], Alternates("series/craft/index.html"));
        Assert.Equal([.. Three(""), .. Three("series/craft/")], Alternates("2026/01/first-steps/index.html"));

        foreach (var link in Alternates("tags/career/index.html"))
            Assert.True(File.Exists(site.Path(link.Split(' ')[1]["/notes/".Length..])), $"{link} points at no file");
    }

    [Fact]
    public void Sidebar_subscribe_by_rss_points_at_the_main_feed()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.Path("tags/career/index.html")));
        var rss = document.QuerySelector(".sidebar a.rss-link");
        Assert.NotNull(rss);
        Assert.Contains("Subscribe by RSS", rss.TextContent);
        Assert.Equal("/notes/feed.xml", rss.GetAttribute("href"));
    }

    private IEnumerable<string> FeedPaths() =>
        Directory.EnumerateFiles(site.Site.Output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "feed.xml" or "atom.xml" or "feed.json");

    private static IEnumerable<string> ContentsOf(string file)
    {
        if (file.EndsWith(".json", StringComparison.Ordinal))
            return FeedFiles.LoadJson(file).GetProperty("items").EnumerateArray().Select(i => FeedFiles.String(i, "content_html")!);
        return FeedFiles.Load(file).Items.Select(i => FeedFiles.FullContent(i)!);
    }

    private List<string> Titles(string file) => FeedFiles.Load(site.Path(file)).Items.Select(i => i.Title.Text).ToList();

    private JsonElement JsonItem(string file, string title) =>
        FeedFiles.LoadJson(site.Path(file)).GetProperty("items").EnumerateArray().Single(i => FeedFiles.String(i, "title") == title);
}
