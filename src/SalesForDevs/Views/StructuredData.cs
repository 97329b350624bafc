using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesForDevs.Configuration;
using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>
/// JSON-LD for search engines and link previews: a schema.org BlogPosting on each post, a WebSite on the home page.
/// Serialized here rather than in the theme so that every value is escaped as JSON (and "&lt;/script&gt;" cannot end the block).
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    // One writer and buffer per thread (pages are made in parallel), written straight to UTF-8 with the encoder
    // JsonObject.ToJsonString uses, so a post's JSON-LD costs its string, not a tree of nodes and a grown buffer.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    public static string BlogPosting(ContentPageView post, PostNode node, SiteConfig config, string homeUrl)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "BlogPosting");
        json.WriteString("headline", post.Title);
        json.WriteString("description", post.Description);
        json.WriteString("url", post.Permalink);
        json.WriteString("mainEntityOfPage", post.Permalink);
        json.WriteString("datePublished", post.DateIso);
        json.WriteString("dateModified", post.UpdatedIso.Length > 0 ? post.UpdatedIso : post.DateIso);
        json.WriteString("inLanguage", config.Language);
        if (node.Authors.Count > 0) WriteAuthors(json, node.Authors, homeUrl);
        else if (config.Author.Name.Length > 0) WriteAuthor(json, config);
        if (post.Image.Length > 0) json.WriteString("image", post.Image);
        if (post.Tags.Count > 0) json.WriteString("keywords", Keywords(post.Tags));
        if (node.Series is { } place)
        {
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "CreativeWorkSeries");
            json.WriteString("name", place.Series.Title);
            json.WriteString("url", new Uri(new Uri(homeUrl), place.Series.Url.TrimStart('/')).ToString());
            json.WriteEndObject();
        }
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", config.Title);
        json.WriteString("url", homeUrl);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Keywords(IReadOnlyList<TagRef> tags)
    {
        if (tags.Count == 1) return tags[0].Name;
        var names = new string[tags.Count];
        for (var i = 0; i < names.Length; i++) names[i] = tags[i].Name;
        return string.Join(", ", names);
    }

    /// <summary>The post's authors as Person objects: url is their page here, sameAs their own site.</summary>
    private static void WriteAuthors(Utf8JsonWriter json, IReadOnlyList<TermNode> authors, string homeUrl)
    {
        var home = new Uri(homeUrl);
        json.WriteStartArray("author");
        foreach (var author in authors)
        {
            var profile = author.Author!;
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", profile.Name);
            json.WriteString("url", new Uri(home, author.Url.TrimStart('/')).ToString());
            if (profile.Url.Length > 0) json.WriteString("sameAs", profile.Url);
            if (profile.Avatar.Length > 0) json.WriteString("image", UrlBuilder.IsExternal(profile.Avatar) ? profile.Avatar : new Uri(home, profile.Avatar.TrimStart('/')).ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteAuthor(Utf8JsonWriter json, SiteConfig config)
    {
        json.WriteStartObject("author");
        json.WriteString("@type", "Person");
        json.WriteString("name", config.Author.Name);
        json.WriteEndObject();
    }

    public static string WebSite(SiteConfig config, string homeUrl, string image)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = config.Title,
            ["description"] = config.Description,
            ["url"] = homeUrl,
            ["inLanguage"] = config.Language,
        };
        if (config.Author.Name.Length > 0) json["author"] = Author(config);
        if (image.Length > 0) json["image"] = image;
        return json.ToJsonString(Options);
    }

    private static JsonObject Author(SiteConfig config) => new() { ["@type"] = "Person", ["name"] = config.Author.Name };
}
