using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using XmlText = SalesForDevs.Outputs.Feeds.XmlText;
using SalesForDevs.Outputs.Feeds;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>
/// Feeds are written as UTF-8 pieces, not through XmlWriter and Utf8JsonWriter: their escaping must be those writers',
/// byte for byte, with the feeds' settings (\n new lines, the relaxed JSON encoder). The writers themselves are the reference.
/// </summary>
public sealed class FeedEscapingTests
{
    /// <summary>Markup, "]]>", quotes, every kind of new line, tab, DEL and C1 controls, non-BMP, a line separator, private use, non-characters, controls XML forbids.</summary>
    public static TheoryData<string> Texts() =>
    [
        "",
        "plain",
        "Fish & <Chips> ]]> \"q\" 'a'",
        "]]>",
        "a\r\nb\rc\nd\r\r\n\n\re\r",
        "tab\there\t",
        "\u007F \u0080 \u0085 \u009F \u00A0 caf\u00e9",
        "\U0001F600 \U0001D11E \u2028 \u2029 \uE000 \uFDD0 \uFFFD",
        "forbidden \u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF gone",
        "&amp; &lt;already&gt; escaped &#x26;",
        "مرحبا שלום \u200F\u202E",
    ];

    private static readonly XmlWriterSettings Fragment = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Encoding = new UTF8Encoding(false),
    };

    private static string Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Fragment)) write(xml);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Ours(Action<FeedBuffer> write)
    {
        using var output = new FeedBuffer();
        write(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Element_text_is_escaped_as_xml_writer_escapes_it(string text) =>
        Assert.Equal("\n" + Xml(x => x.WriteElementString("t", XmlText.Clean(text))), Ours(o => XmlText.Element(o, 0, "t"u8, text)));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Content_is_escaped_as_xml_writer_escapes_it_and_never_self_closes(string text)
    {
        var expected = Xml(x =>
        {
            x.WriteStartElement("c");
            x.WriteAttributeString("type", "html");
            x.WriteString(XmlText.Clean(text));
            x.WriteEndElement();
        });
        Assert.Equal("\n" + expected, Ours(o => XmlText.Content(o, 0, "c"u8, "<c type=\"html\">"u8, text)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Attribute_values_are_escaped_as_xml_writer_escapes_them(string text)
    {
        var expected = Xml(x =>
        {
            x.WriteStartElement("e");
            x.WriteAttributeString("a", XmlText.Clean(text));
            x.WriteEndElement();
        });
        Assert.Equal(expected, Ours(o =>
        {
            o.Append("<e"u8);
            XmlText.Attribute(o, "a"u8, text);
            o.Append(" />"u8);
        }));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Json_strings_are_escaped_as_utf8_json_writer_escapes_them(string text)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options)) json.WriteStringValue(XmlText.Clean(text));
        var channel = new FeedChannel("/", text, "", "https://example.org/", "", "", "", "g", []);
        var ours = Ours(o => JsonFeedWriter.Write(o, channel, "https://example.org/feed.json", []));
        Assert.Contains("\n  \"title\": " + Encoding.UTF8.GetString(stream.ToArray()) + ",\n", ours);
    }

    [Fact]
    public void Rss_plain_text_writes_markup_characters_as_hex_references_and_new_lines_as_line_feeds()
    {
        var item = Item("Q&A <b> ]]> \"x\"\r\nnext\u0001", tags: ["R&D <x>"]);
        var entry = Text(RssFeedWriter.Entry(item, "", fullContent: false));
        Assert.Contains("<title>Q&#x26;A &#x3C;b&#x3E; ]]&#x3E; \"x\"\nnext</title>", entry);
        Assert.Contains("<category>R&#x26;D &#x3C;x&#x3E;</category>", entry);
    }

    [Fact]
    public void Content_never_carries_a_raw_cdata_end_or_control_character()
    {
        var item = Item("t", content: "<p>a ]]> b\u0001\u001F c &amp; <x></p>");
        Assert.Contains("<content:encoded>&lt;p&gt;a ]]&gt; b c &amp;amp; &lt;x&gt;&lt;/p&gt;</content:encoded>", Text(RssFeedWriter.Entry(item, "", fullContent: true)));
        Assert.Contains("<content type=\"html\">&lt;p&gt;a ]]&gt; b c &amp;amp; &lt;x&gt;&lt;/p&gt;</content>", Text(AtomFeedWriter.Entry(item, fullContent: true)));
        Assert.Contains("\"content_html\": \"<p>a ]]> b c &amp; <x></p>\"", Text(JsonFeedWriter.Entry(item, fullContent: true)));
    }

    internal static FeedItem Item(string title, string content = "<p>body</p>", IReadOnlyList<string>? tags = null) =>
        new("tag:example.org,2026-01-12:/" + title.Length, title, "https://example.org/p/", new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero), null,
            "A summary.", content, tags ?? ["one", "two"]);

    internal static string Text(EncodedEntry entry)
    {
        using var output = new FeedBuffer();
        entry.CopyTo(output, null);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
