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

    public static string BlogPosting(ContentPageView post, PostNode node, SiteConfig config, string homeUrl)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = post.Title,
            ["description"] = post.Description,
            ["url"] = post.Permalink,
            ["mainEntityOfPage"] = post.Permalink,
            ["datePublished"] = post.DateIso,
            ["dateModified"] = post.UpdatedIso.Length > 0 ? post.UpdatedIso : post.DateIso,
            ["inLanguage"] = config.Language,
        };
        if (node.Authors.Count > 0) json["author"] = Authors(node.Authors, homeUrl);
        else if (config.Author.Name.Length > 0) json["author"] = Author(config);
        if (post.Image.Length > 0) json["image"] = post.Image;
        if (post.Tags.Count > 0) json["keywords"] = string.Join(", ", post.Tags.Select(t => t.Name));
        if (node.Series is { } place)
            json["isPartOf"] = new JsonObject
            {
                ["@type"] = "CreativeWorkSeries",
                ["name"] = place.Series.Title,
                ["url"] = new Uri(new Uri(homeUrl), place.Series.Url.TrimStart('/')).ToString(),
            };
        json["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = config.Title, ["url"] = homeUrl };
        return json.ToJsonString(Options);
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

    /// <summary>The post's authors as Person objects: url is their page here, sameAs their own site.</summary>
    private static JsonArray Authors(IReadOnlyList<TermNode> authors, string homeUrl)
    {
        var home = new Uri(homeUrl);
        var list = new JsonArray();
        foreach (var author in authors)
        {
            var profile = author.Author!;
            var person = new JsonObject { ["@type"] = "Person", ["name"] = profile.Name, ["url"] = new Uri(home, author.Url.TrimStart('/')).ToString() };
            if (profile.Url.Length > 0) person["sameAs"] = profile.Url;
            if (profile.Avatar.Length > 0) person["image"] = UrlBuilder.IsExternal(profile.Avatar) ? profile.Avatar : new Uri(home, profile.Avatar.TrimStart('/')).ToString();
            list.Add(person);
        }
        return list;
    }

    private static JsonObject Author(SiteConfig config) => new() { ["@type"] = "Person", ["name"] = config.Author.Name };
}
