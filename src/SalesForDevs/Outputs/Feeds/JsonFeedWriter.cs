using System.Text.Encodings.Web;
using System.Text.Json;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the full post in content_html (or the summary in content_text
/// when full content is off), RFC 3339 dates, and the site's author as the feed's, which covers every item.
/// </summary>
internal static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Readable non-ASCII text; JSON stays valid because quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the feed as UTF-8 to <paramref name="output"/>, without the final newline.</summary>
    public static void Write(Stream output, FeedChannel channel, string selfUrl, bool fullContent)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            String(json, "title", channel.Title);
            String(json, "home_page_url", channel.HomeUrl);
            String(json, "feed_url", selfUrl);
            if (channel.Description.Length > 0) String(json, "description", channel.Description);
            if (channel.Language.Length > 0) String(json, "language", channel.Language);
            WriteAuthors(json, channel);
            json.WriteStartArray("items");
            foreach (var item in channel.Items) WriteItem(json, item, fullContent);
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static void WriteItem(Utf8JsonWriter json, FeedItem item, bool fullContent)
    {
        json.WriteStartObject();
        String(json, "id", item.Id);
        String(json, "url", item.Url);
        String(json, "title", item.Title);
        // An item needs content_html or content_text; without full content the summary is the content.
        if (fullContent) String(json, "content_html", item.ContentHtml);
        else String(json, "content_text", item.Summary);
        if (item.Summary.Length > 0) String(json, "summary", item.Summary);
        json.WriteString("date_published", AtomFeedWriter.Rfc3339(item.Published));
        if (item.Updated is { } updated) json.WriteString("date_modified", AtomFeedWriter.Rfc3339(updated));
        if (item.Authors.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var author in item.Authors)
            {
                json.WriteStartObject();
                String(json, "name", author.Name);
                String(json, "url", author.Url);
                if (author.Avatar.Length > 0) String(json, "avatar", author.Avatar);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (item.Tags.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in item.Tags) json.WriteStringValue(XmlText.Clean(tag));
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>Every string is cleaned as the XML feeds clean theirs, so all three formats carry the same text.</summary>
    private static void String(Utf8JsonWriter json, string name, string value) => json.WriteString(name, XmlText.Clean(value));

    private static void WriteAuthors(Utf8JsonWriter json, FeedChannel channel)
    {
        if (channel.AuthorName.Length == 0) return;
        json.WriteStartArray("authors");
        json.WriteStartObject();
        String(json, "name", channel.AuthorName);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
