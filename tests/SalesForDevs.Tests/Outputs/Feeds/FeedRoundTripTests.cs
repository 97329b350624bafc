using System.Net;
using AngleSharp.Html.Parser;
using SalesForDevs.Outputs.Feeds;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>
/// Hostile text through all three formats: markup characters, "]]>", emoji (surrogate pairs), right-to-left text,
/// control characters, U+FFFE/U+FFFF and lone surrogates. Every feed must parse, and readers must get the text back
/// with only the characters XML 1.0 forbids removed.
/// </summary>
public sealed class FeedRoundTripTests
{
    /// <summary>Markup, CDATA end, quotes, emoji, a non-BMP symbol, Arabic and Hebrew, forbidden controls and non-characters, lone surrogates.</summary>
    private const string Hostile =
        "Fish & <Chips> ]]> \"q\" 'a' \U0001F600 \U0001D11E مرحبا بالعالم שלום עולם " +
        "\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF \uD800lone\uDC00 end";

    /// <summary><see cref="Hostile"/> as a reader must see it: the forbidden characters gone, everything else intact.</summary>
    private const string Expected =
        "Fish & <Chips> ]]> \"q\" 'a' \U0001F600 \U0001D11E مرحبا بالعالم שלום עולם " +
        " lone end";

    private const string HostileHtml = "<p>a &lt; b &amp; c ]]&gt; \U0001F600 \u05E9\u05DC\u05D5\u05DD\u0001\uFFFE</p>\n<pre><code>x ]]> y</code></pre>";
    private const string ExpectedHtml = "<p>a &lt; b &amp; c ]]&gt; \U0001F600 \u05E9\u05DC\u05D5\u05DD</p>\n<pre><code>x ]]> y</code></pre>";

    private static FeedChannel Channel(bool fullContent = true) => new(
        "/", Hostile, Hostile, "https://example.org/", "ar", Hostile, "a@example.org", "SalesForDevs test",
        [
            new FeedItem("tag:example.org,2026-01-12:/hostile", Hostile, "https://example.org/2026/01/hostile/",
                new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(3)), new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero),
                Hostile, fullContent ? HostileHtml : "", [Hostile, "C#"]),
        ]);

    /// <summary>A feed as a first build writes it: each item written into the feed around it (<see cref="FeedEntry"/>).</summary>
    private static string Text(FeedChannel channel, bool fullContent, Action<FeedBuffer, IEnumerable<FeedEntry>> write)
    {
        using var output = new FeedBuffer();
        write(output, channel.Items.Select(i => new FeedEntry(i, channel.AuthorName, fullContent, keep: false)).ToList());
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    private static string Rss(FeedChannel channel, string self, bool fullContent) =>
        Text(channel, fullContent, (o, entries) => RssFeedWriter.Write(o, channel, self, entries.Select(e => e.Rss)));

    private static string Atom(FeedChannel channel, string self, string id, bool fullContent) =>
        Text(channel, fullContent, (o, entries) => AtomFeedWriter.Write(o, channel, self, id, entries.Select(e => e.Atom)));

    private static string Json(FeedChannel channel, string self, bool fullContent) =>
        Text(channel, fullContent, (o, entries) => JsonFeedWriter.Write(o, channel, self, entries.Select(e => e.Json)));

    [Fact]
    public void Rss_round_trips_hostile_text()
    {
        var feed = FeedFiles.Parse(Rss(Channel(), "https://example.org/feed.xml", fullContent: true));
        Assert.Equal(Expected, feed.Title.Text);
        Assert.Equal(Expected, feed.Description.Text);
        var item = Assert.Single(feed.Items);
        Assert.Equal(Expected, item.Title.Text);
        // The description is HTML to RSS readers: the plain-text summary arrives escaped and decodes to the text.
        Assert.Equal(Expected, WebUtility.HtmlDecode(item.Summary.Text));
        Assert.Equal(ExpectedHtml, FeedFiles.Extension(item, "encoded", FeedFiles.ContentNs));
        Assert.Equal([Expected, "C#"], item.Categories.Select(c => c.Name));
        Assert.Equal(Expected, FeedFiles.Extension(item, "creator", FeedFiles.DcNs));
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 6, 0, 0, TimeSpan.Zero), item.PublishDate);
    }

    [Fact]
    public void Rss_writes_markup_characters_of_plain_text_as_character_references()
    {
        var xml = Rss(Channel(), "https://example.org/feed.xml", fullContent: true);
        Assert.Contains("<title>Fish &#x26; &#x3C;Chips&#x3E; ]]&#x3E;", xml);
        Assert.DoesNotContain("]]>", xml.Replace("<![CDATA[", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Atom_round_trips_hostile_text()
    {
        var feed = FeedFiles.Parse(Atom(Channel(), "https://example.org/atom.xml", "tag:example.org,2000:/", fullContent: true));
        Assert.Equal(Expected, feed.Title.Text);
        Assert.Equal(Expected, feed.Description.Text);
        Assert.Equal(Expected, Assert.Single(feed.Authors).Name);
        Assert.Equal("ar", feed.Language);
        var item = Assert.Single(feed.Items);
        Assert.Equal(Expected, item.Title.Text);
        Assert.Equal(Expected, item.Summary.Text);
        Assert.Equal(ExpectedHtml, FeedFiles.FullContent(item));
        Assert.Equal([Expected, "C#"], item.Categories.Select(c => c.Name));
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(3)), item.PublishDate);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), item.LastUpdatedTime);
    }

    [Fact]
    public void Json_feed_round_trips_hostile_text()
    {
        var feed = FeedFiles.ParseJson(Json(Channel(), "https://example.org/feed.json", fullContent: true));
        Assert.Empty(JsonFeedRules.Check(feed));
        Assert.Equal(Expected, FeedFiles.String(feed, "title"));
        Assert.Equal(Expected, FeedFiles.String(feed, "description"));
        Assert.Equal(Expected, FeedFiles.String(feed.GetProperty("authors")[0], "name"));
        var item = feed.GetProperty("items")[0];
        Assert.Equal(Expected, FeedFiles.String(item, "title"));
        Assert.Equal(Expected, FeedFiles.String(item, "summary"));
        Assert.Equal(ExpectedHtml, FeedFiles.String(item, "content_html"));
        Assert.Equal([Expected, "C#"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2026-01-12T09:00:00+03:00", FeedFiles.String(item, "date_published"));
        Assert.Equal("2026-02-01T00:00:00+00:00", FeedFiles.String(item, "date_modified"));
    }

    [Fact]
    public void Json_feed_without_full_content_carries_the_cleaned_summary_as_content_text()
    {
        var feed = FeedFiles.ParseJson(Json(Channel(fullContent: false), "https://example.org/feed.json", fullContent: false));
        Assert.Empty(JsonFeedRules.Check(feed));
        Assert.Equal(Expected, FeedFiles.String(feed.GetProperty("items")[0], "content_text"));
    }

    [Fact]
    public void Hostile_titles_and_bodies_in_posts_give_feeds_that_parse_with_the_text_intact()
    {
        // YAML escapes put the forbidden characters into the title; the body carries them raw.
        using var site = new TempSite("""
            -- site.yml --
            title: "Tom & Jerry's <site>"
            base_url: https://example.org/
            -- content/posts/2026-01-12-hostile.md --
            ---
            title: "Fish & <Chips> ]]> \U0001F600 \U0001D11E مرحبا שלום \0\x01\x1F\uFFFE end"
            tags: ["R&D", "<script>"]
            ---
            Body: a < b && c ]]> d, "quoted" 😀 مرحبا بالعالم and שלום עולם.

            Controls:BAD:gone.

            ```
            if (a < b && c) { x = y[z[0]]>1; }
            ```
            """.Replace("BAD", "\u0001\u0008\u000B\u001F\uFFFE", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        const string title = "Fish & <Chips> ]]> \U0001F600 \U0001D11E مرحبا שלום  end";
        // SmartyPants curls the quotes of the text (not of the code).
        const string text = "Body: a < b && c ]]> d, “quoted” \U0001F600 مرحبا بالعالم and שלום עולם.";
        const string code = "if (a < b && c) { x = y[z[0]]>1; }";
        foreach (var file in new[] { "feed.xml", "atom.xml" })
        {
            var feed = FeedFiles.Load(Path.Combine(site.Output, file));
            Assert.Equal("Tom & Jerry's <site>", feed.Title.Text);
            var item = Assert.Single(feed.Items);
            Assert.Equal(title, item.Title.Text);
            Assert.Equal(["R&D", "<script>"], item.Categories.Select(c => c.Name));
            var summary = file == "feed.xml" ? WebUtility.HtmlDecode(item.Summary.Text) : item.Summary.Text;
            Assert.Equal(text, summary);
            var body = new HtmlParser().ParseDocument(FeedFiles.FullContent(item)!);
            Assert.Equal(text, body.QuerySelector("p")!.TextContent);
            Assert.Equal("Controls::gone.", body.QuerySelectorAll("p")[1].TextContent);
            Assert.Equal(code, body.QuerySelector("pre code")!.TextContent.TrimEnd('\n'));
        }

        var json = FeedFiles.LoadJson(Path.Combine(site.Output, "feed.json"));
        Assert.Empty(JsonFeedRules.Check(json));
        var jsonItem = json.GetProperty("items")[0];
        Assert.Equal(title, FeedFiles.String(jsonItem, "title"));
        Assert.Equal(text, FeedFiles.String(jsonItem, "summary"));
        var jsonBody = new HtmlParser().ParseDocument(FeedFiles.String(jsonItem, "content_html")!);
        Assert.Equal(text, jsonBody.QuerySelector("p")!.TextContent);
        Assert.Equal(code, jsonBody.QuerySelector("pre code")!.TextContent.TrimEnd('\n'));

        var schema = AtomSchema.Validate([Path.Combine(site.Output, "atom.xml")]);
        Assert.True(schema.ExitCode == 0, schema.Output);
    }
}
