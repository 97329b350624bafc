using AngleSharp.Html.Parser;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>What site.yml's <c>feeds:</c> and the build options change in the feeds, each on its own build of <see cref="FeedTestSite"/>.</summary>
public sealed class FeedSettingsTests
{
    private static string Feeds(string settings) => FeedTestSite.Files.Replace(FeedTestSite.FeedsLine, "feeds: " + settings, StringComparison.Ordinal);

    [Fact]
    public void Items_limits_every_feed_to_the_newest_posts()
    {
        using var site = FeedTestSite.Create(_ => Feeds("{ items: 2 }"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal(["Fourth post", "Third post"], Titles(site, "feed.xml"));
        Assert.Equal(["Fourth post", "Third post"], Titles(site, "atom.xml"));
        Assert.Equal(2, FeedFiles.LoadJson(Path.Combine(site.Output, "feed.json")).GetProperty("items").GetArrayLength());
        Assert.Equal(["Third post", "The second post"], Titles(site, "tags/sales/feed.xml"));
    }

    [Fact]
    public void Items_defaults_to_twenty()
    {
        var posts = string.Concat(Enumerable.Range(1, 25).Select(i => $"""

            -- content/posts/2025-01-{i:D2}-post-{i}.md --
            ---
            title: Post {i}
            ---
            Text {i}.
            """));
        using var site = new TempSite("""
            -- site.yml --
            title: Many
            base_url: https://example.org/
            """ + posts);
        Assert.True(site.Build().Succeeded);
        var titles = Titles(site, "feed.xml");
        Assert.Equal(20, titles.Count);
        Assert.Equal("Post 25", titles[0]);
        Assert.Equal("Post 6", titles[^1]);
    }

    [Fact]
    public void Drafts_and_future_posts_stay_out_of_feeds_even_in_a_preview_build()
    {
        using var site = FeedTestSite.Create();
        Assert.True(site.Build(new BuildOptions { Now = TempSite.Now, IncludeDrafts = true, IncludeFuture = true }).Succeeded);
        // The preview shows them as pages...
        Assert.True(site.Exists("2026/05/draft-post/index.html"));
        Assert.True(site.Exists("2026/07/future-post/index.html"));
        // ...but subscribers never get them.
        Assert.Equal(FeedTestSite.Published.Select(p => p.Title), Titles(site, "feed.xml"));
        Assert.Equal(["The second post", "First steps"], Titles(site, "series/craft/atom.xml"));
        Assert.Equal(["The second post", "First steps"], Titles(site, "tags/career/feed.xml"));
    }

    [Fact]
    public void A_future_post_enters_the_feeds_on_its_day()
    {
        using var site = FeedTestSite.Create();
        Assert.True(site.Build(new BuildOptions { Now = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero) }).Succeeded);
        Assert.Equal("A future post", Titles(site, "feed.xml")[0]);
        Assert.Equal("A future post", Titles(site, "series/craft/atom.xml")[0]);
    }

    [Fact]
    public void Without_full_content_the_feeds_carry_the_summary_only()
    {
        using var site = FeedTestSite.Create(_ => Feeds("{ full_content: false }"));
        Assert.True(site.Build().Succeeded);
        var rss = FeedFiles.Load(Path.Combine(site.Output, "feed.xml")).Items.ToList();
        Assert.All(rss, i => Assert.Null(FeedFiles.Extension(i, "encoded", FeedFiles.ContentNs)));
        Assert.All(rss, i => Assert.False(string.IsNullOrEmpty(i.Summary?.Text)));
        var atom = FeedFiles.Load(Path.Combine(site.Output, "atom.xml")).Items.ToList();
        Assert.All(atom, i => Assert.Null(i.Content));
        Assert.All(atom, i => Assert.False(string.IsNullOrEmpty(i.Summary?.Text)));

        var json = FeedFiles.LoadJson(Path.Combine(site.Output, "feed.json"));
        Assert.Empty(JsonFeedRules.Check(json));
        foreach (var item in json.GetProperty("items").EnumerateArray())
        {
            Assert.Null(FeedFiles.String(item, "content_html"));
            Assert.Equal(FeedFiles.String(item, "summary"), FeedFiles.String(item, "content_text"));
        }
    }

    [Fact]
    public void A_feed_switched_off_is_neither_written_nor_linked()
    {
        using var site = FeedTestSite.Create(_ => Feeds("{ rss: false, json: false }"));
        Assert.True(site.Build().Succeeded);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).ToList();
        Assert.DoesNotContain("feed.xml", files);
        Assert.DoesNotContain("feed.json", files);
        Assert.True(site.Exists("atom.xml"));
        Assert.True(site.Exists("tags/career/atom.xml"));
        Assert.True(site.Exists("series/craft/atom.xml"));

        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var types = document.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("type")).Distinct().ToList();
            Assert.Equal(["application/atom+xml"], types);
            Assert.Empty(document.QuerySelectorAll("a[href$='feed.xml'], a[href$='feed.json']"));
        }
        // The sidebar's subscribe link falls back to the feed that exists.
        var sidebar = parser.ParseDocument(site.Read("index.html")).QuerySelector(".sidebar a.rss-link");
        Assert.Equal("/notes/atom.xml", sidebar?.GetAttribute("href"));
    }

    [Fact]
    public void With_every_feed_switched_off_no_feed_is_written_or_linked()
    {
        using var site = FeedTestSite.Create(_ => Feeds("{ rss: false, atom: false, json: false }"));
        Assert.True(site.Build().Succeeded);
        var names = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).ToHashSet();
        Assert.DoesNotContain("feed.xml", names);
        Assert.DoesNotContain("atom.xml", names);
        Assert.DoesNotContain("feed.json", names);
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.Empty(document.QuerySelectorAll("link[rel=alternate]"));
            Assert.Null(document.QuerySelector("a.rss-link"));
        }
    }

    [Fact]
    public void Entry_ids_do_not_change_with_the_title_or_the_url_scheme()
    {
        using var before = FeedTestSite.Create();
        Assert.True(before.Build().Succeeded);
        using var after = FeedTestSite.Create(files => files
            .Replace("base_url: https://example.org/notes/", "base_url: http://example.org/notes/", StringComparison.Ordinal)
            .Replace("title: The second post", "title: The second post, renamed", StringComparison.Ordinal));
        Assert.True(after.Build().Succeeded);

        foreach (var file in new[] { "feed.xml", "atom.xml" })
        {
            var old = FeedFiles.Load(Path.Combine(before.Output, file)).Items.ToList();
            var renamed = FeedFiles.Load(Path.Combine(after.Output, file)).Items.ToList();
            Assert.Contains(renamed, i => i.Title.Text == "The second post, renamed");
            Assert.StartsWith("http://", FeedFiles.Alternate(renamed[0]));
            Assert.Equal(old.Select(i => i.Id), renamed.Select(i => i.Id));
        }
        var oldJson = FeedFiles.LoadJson(Path.Combine(before.Output, "feed.json")).GetProperty("items").EnumerateArray().Select(i => FeedFiles.String(i, "id"));
        var newJson = FeedFiles.LoadJson(Path.Combine(after.Output, "feed.json")).GetProperty("items").EnumerateArray().Select(i => FeedFiles.String(i, "id"));
        Assert.Equal(oldJson, newJson);
    }

    [Fact]
    public void Feeds_are_byte_identical_whenever_the_same_posts_are_built()
    {
        using var site = FeedTestSite.Create();
        Assert.True(site.Build().Succeeded);
        var first = Snapshot(site);
        // A month later, with the same posts published: only a hidden clock could change the bytes.
        Assert.True(site.Build(new BuildOptions { Now = TempSite.Now.AddDays(20) }).Succeeded);
        var second = Snapshot(site);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.SequenceEqual(second[path]), $"{path} changed between builds");
    }

    private static SortedDictionary<string, byte[]> Snapshot(TempSite site) =>
        new(TempSite.Snapshot(site.Output).Where(f => Path.GetFileName(f.Key) is "feed.xml" or "atom.xml" or "feed.json")
            .ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal);

    private static List<string> Titles(TempSite site, string file) =>
        FeedFiles.Load(Path.Combine(site.Output, file)).Items.Select(i => i.Title.Text).ToList();
}
