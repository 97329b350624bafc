using AngleSharp.Html.Parser;
using SalesForDevs.Tests.Outputs.Feeds;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>The repository's own site: every feed it writes is read back by independent readers.</summary>
public sealed class RealSiteFeedTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private const string Base = "https://salesfordevs.github.io/SalesForDevs/";

    private IEnumerable<string> Feeds(string name) => Directory.EnumerateFiles(site.Output, name, SearchOption.AllDirectories);

    private static int PostCount => Directory.GetFiles(Path.Combine(RepoPaths.Root, "content", "posts"), "*.md").Length;

    [Fact]
    public void Root_feeds_carry_every_post_newest_first_with_absolute_links_and_full_content()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var expected = Math.Min(20, PostCount);
        foreach (var name in new[] { "feed.xml", "atom.xml" })
        {
            var items = FeedFiles.Load(Path.Combine(site.Output, name)).Items.ToList();
            Assert.Equal(expected, items.Count);
            Assert.Equal(items.OrderByDescending(i => i.PublishDate).Select(i => i.Id), items.Select(i => i.Id));
            Assert.Equal("Asking for the raise", items[0].Title.Text);
            Assert.All(items, i => Assert.StartsWith(Base, FeedFiles.Alternate(i)));
            Assert.All(items, i => Assert.True(FeedFiles.FullContent(i)?.Length > 500, $"{i.Title.Text} has no full content in {name}"));
        }
        var json = FeedFiles.LoadJson(Path.Combine(site.Output, "feed.json"));
        Assert.Equal(expected, json.GetProperty("items").GetArrayLength());
        Assert.Equal("Asking for the raise", FeedFiles.String(json.GetProperty("items")[0], "title"));
    }

    [Fact]
    public void Every_rss_and_atom_feed_parses_and_every_content_url_is_absolute()
    {
        var files = Feeds("feed.xml").Concat(Feeds("atom.xml")).ToList();
        Assert.True(files.Count >= 6);
        var parser = new HtmlParser();
        foreach (var file in files)
        {
            var feed = FeedFiles.Load(file);
            Assert.NotEmpty(feed.Items);
            Assert.Equal(feed.Items.Max(i => i.LastUpdatedTime == default ? i.PublishDate : i.LastUpdatedTime), feed.LastUpdatedTime);
            foreach (var item in feed.Items)
            {
                Assert.StartsWith("tag:salesfordevs.github.io,", item.Id);
                var document = parser.ParseDocument(FeedFiles.FullContent(item)!);
                foreach (var element in document.QuerySelectorAll("[href], [src]"))
                {
                    var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                    // On Unix, Uri reads "/path" as an absolute file: URI, so the scheme is what tells an absolute web URL.
                    Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http" or "mailto",
                        $"{Path.GetRelativePath(site.Output, file)}: {item.Title.Text}: {url} is relative");
                }
            }
        }
    }

    [Fact]
    public void Every_json_feed_follows_the_json_feed_rules()
    {
        var files = Feeds("feed.json").ToList();
        Assert.Equal(Feeds("feed.xml").Count(), files.Count);
        foreach (var file in files)
        {
            var problems = JsonFeedRules.Check(FeedFiles.LoadJson(file));
            Assert.True(problems.Count == 0, $"{Path.GetRelativePath(site.Output, file)}: {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public void Every_page_links_the_site_feeds()
    {
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var hrefs = parser.ParseDocument(File.ReadAllText(page)).QuerySelectorAll("head link[rel=alternate]").Select(l => l.GetAttribute("href")).ToList();
            Assert.Contains("/SalesForDevs/feed.xml", hrefs);
            Assert.Contains("/SalesForDevs/atom.xml", hrefs);
            Assert.Contains("/SalesForDevs/feed.json", hrefs);
        }
    }
}
