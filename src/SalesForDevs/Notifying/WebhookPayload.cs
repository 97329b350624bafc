using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SalesForDevs.Notifying;

/// <summary>
/// The JSON body the webhook receives for one post: <c>event</c>, <c>id</c>, <c>title</c>, <c>url</c>, <c>summary</c>,
/// <c>date</c>, <c>tags</c>, <c>series</c> (null outside a series), <c>html</c> and <c>text</c>, plus <c>site</c>.
/// Written by hand, in a fixed order, so that the bytes (and so the signature) are the same for the same post.
/// </summary>
internal static class WebhookPayload
{
    public const string Event = "post.published";

    public static byte[] Serialize(Announcement a)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("event", Event);
            json.WriteString("id", a.Id);
            json.WriteString("title", a.Title);
            json.WriteString("url", a.Url);
            json.WriteString("summary", a.Summary);
            json.WriteString("date", a.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteStartArray("tags");
            foreach (var tag in a.Tags) json.WriteStringValue(tag);
            json.WriteEndArray();
            if (a.Series is { } s)
            {
                json.WriteStartObject("series");
                json.WriteString("key", s.Key);
                json.WriteString("title", s.Title);
                json.WriteString("section", s.Section);
                json.WriteNumber("part", s.Part);
                json.WriteNumber("of", s.Of);
                json.WriteString("label", s.Label);
                json.WriteEndObject();
            }
            else json.WriteNull("series");
            json.WriteString("html", a.Html);
            json.WriteString("text", a.Text);
            json.WriteStartObject("site");
            json.WriteString("title", a.SiteTitle);
            json.WriteString("url", a.SiteUrl);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
