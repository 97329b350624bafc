using System.Text;
using SalesForDevs.Outputs.Feeds;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>
/// A post's entry is encoded once per format and copied into every feed that carries it; a tag's feed puts its one
/// tag in place of the entry's categories and leaves every other byte of the entry as it is.
/// </summary>
public sealed class FeedEntryTests
{
    private static readonly FeedItem Shared = FeedEscapingTests.Item("Shared & <common>", "<p>The body ]]> once.</p>", ["R&D", "C# <3", "ops"]);
    private static readonly FeedItem Other = FeedEscapingTests.Item("Other", "<p>Another.</p>", ["ops"]);

    private static FeedChannel Channel(string? tag) =>
        new("/", "Site", "", "https://example.org/", "en", "Ada", "", "g", [Shared, Other]) { Category = tag };

    private static string Feed(string format, FeedChannel channel, IReadOnlyList<FeedEntry> entries)
    {
        using var output = new FeedBuffer();
        switch (format)
        {
            case "rss": RssFeedWriter.Write(output, channel, "https://example.org/feed.xml", entries.Select(e => e.Rss)); break;
            case "atom": AtomFeedWriter.Write(output, channel, "https://example.org/atom.xml", "tag:example.org,2000:/", entries.Select(e => e.Atom)); break;
            default: JsonFeedWriter.Write(output, channel, "https://example.org/feed.json", entries.Select(e => e.Json)); break;
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static EncodedEntry Encoded(FeedEntry entry, string format) => format switch
    {
        "rss" => entry.Rss,
        "atom" => entry.Atom,
        _ => entry.Json,
    };

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public void An_entry_is_encoded_once_and_the_same_bytes_go_into_every_feed(string format)
    {
        var entries = new[] { new FeedEntry(Shared, "Ada", fullContent: true, keep: true), new FeedEntry(Other, "Ada", fullContent: true, keep: true) };
        var first = Encoded(entries[0], format);
        Assert.Same(first, Encoded(entries[0], format));

        var root = Feed(format, Channel(null), entries);
        var tagFeed = Feed(format, Channel("R&D"), entries);
        var head = Encoding.UTF8.GetString(first.Head);
        var tail = Encoding.UTF8.GetString(first.Tail);
        Assert.Contains(head + Encoding.UTF8.GetString(first.Categories) + tail, root);
        Assert.Contains(head, tagFeed);
        Assert.Contains(tail, tagFeed);
        Assert.Same(first, Encoded(entries[0], format));
    }

    [Fact]
    public void A_tag_feed_names_only_its_tag_in_each_entry()
    {
        var entries = new[] { new FeedEntry(Shared, "Ada", true, keep: true), new FeedEntry(Other, "Ada", true, keep: true) };
        var rss = Feed("rss", Channel("R&D"), entries);
        Assert.Equal(2, Count(rss, "<category>R&#x26;D</category>"));
        Assert.Equal(2, Count(rss, "<category>"));
        var atom = Feed("atom", Channel("R&D"), entries);
        Assert.Equal(2, Count(atom, "<category term=\"R&amp;D\" />"));
        Assert.Equal(2, Count(atom, "<category "));
        var json = Feed("json", Channel("R&D"), entries);
        Assert.Equal(2, Count(json, "\"tags\": [\n        \"R&D\"\n      ]"));

        var root = Feed("rss", Channel(null), entries);
        Assert.Equal(["R&#x26;D", "C# &#x3C;3", "ops", "ops"], root.Split("<category>").Skip(1).Select(c => c[..c.IndexOf('<')]));
    }

    [Fact]
    public void Json_items_are_separated_by_commas_and_an_empty_feed_has_an_empty_array()
    {
        var entries = new[] { new FeedEntry(Shared, "Ada", true, keep: true), new FeedEntry(Other, "Ada", true, keep: true) };
        var json = Feed("json", Channel(null), entries);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(2, document.RootElement.GetProperty("items").GetArrayLength());
        Assert.Contains("\n    },\n    {\n", json);

        var empty = Feed("json", Channel(null) with { Items = [] }, []);
        Assert.EndsWith("\"items\": []\n}", empty);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public void Entries_written_into_each_feed_give_the_bytes_of_kept_ones(string format)
    {
        FeedEntry[] Entries(bool keep) => [new FeedEntry(Shared, "Ada", true, keep), new FeedEntry(Other, "Ada", true, keep)];
        foreach (var tag in new[] { null, "R&D" })
            Assert.Equal(Feed(format, Channel(tag), Entries(keep: true)), Feed(format, Channel(tag), Entries(keep: false)));
        Assert.Throws<InvalidOperationException>(() => Encoded(Entries(keep: false)[0], format).Head.Length);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
