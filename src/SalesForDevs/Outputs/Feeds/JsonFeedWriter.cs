using System.Text.Encodings.Web;
using System.Text.Json;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeedWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Readable non-ASCII text; JSON stays valid because control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(FeedChannel channel, string selfUrl, bool fullContent)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", channel.Title);
            json.WriteString("home_page_url", channel.HomeUrl);
            json.WriteString("feed_url", selfUrl);
            if (channel.Description.Length > 0) json.WriteString("description", channel.Description);
            json.WriteString("language", channel.Language);
            WriteAuthors(json, channel);
            json.WriteStartArray("items");
            foreach (var item in channel.Items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                json.WriteString("url", item.Url);
                json.WriteString("title", item.Title);
                if (fullContent) json.WriteString("content_html", item.ContentHtml);
                else json.WriteString("content_text", item.Summary);
                json.WriteString("summary", item.Summary);
                json.WriteString("date_published", AtomFeedWriter.Rfc3339(item.Published));
                if (item.Updated is { } updated) json.WriteString("date_modified", AtomFeedWriter.Rfc3339(updated));
                if (item.Tags.Count > 0)
                {
                    json.WriteStartArray("tags");
                    foreach (var tag in item.Tags) json.WriteStringValue(tag);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteAuthors(Utf8JsonWriter json, FeedChannel channel)
    {
        if (channel.AuthorName.Length == 0) return;
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", channel.AuthorName);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
