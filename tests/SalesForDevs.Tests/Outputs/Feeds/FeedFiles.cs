using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>Reads feeds the way an independent reader does: RSS and Atom through System.ServiceModel.Syndication, JSON Feed through System.Text.Json.</summary>
internal static class FeedFiles
{
    public const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    public const string AtomNs = "http://www.w3.org/2005/Atom";
    public const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static SyndicationFeed Load(string path)
    {
        using var reader = XmlReader.Create(path);
        return SyndicationFeed.Load(reader);
    }

    public static SyndicationFeed Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    public static JsonElement LoadJson(string path) => ParseJson(File.ReadAllText(path));

    public static JsonElement ParseJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The text of an RSS item's extension element, such as content:encoded or atom:updated; null when absent.</summary>
    public static string? Extension(SyndicationItem item, string name, string ns)
    {
        var extension = item.ElementExtensions.SingleOrDefault(e => e.OuterName == name && e.OuterNamespace == ns);
        if (extension is null) return null;
        using var reader = extension.GetReader();
        return reader.ReadElementContentAsString();
    }

    /// <summary>The text an RSS or Atom item carries: Atom content (type html) or RSS content:encoded.</summary>
    public static string? FullContent(SyndicationItem item) =>
        (item.Content as TextSyndicationContent)?.Text ?? Extension(item, "encoded", ContentNs);

    public static string Alternate(SyndicationItem item) =>
        item.Links.Single(l => l.RelationshipType is null or "alternate").Uri.ToString();

    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
