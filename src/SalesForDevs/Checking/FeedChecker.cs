using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using SalesForDevs.Views;

namespace SalesForDevs.Checking;

/// <summary>
/// Checks every feed of the built site (feed.xml, atom.xml, feed.json, at the root and in tag and series folders):
/// RSS and Atom must be well-formed XML with the right root element, JSON Feed must be JSON with a version and items.
/// The entries' URLs come back as links, so that <see cref="LinkChecker"/> checks them like any other.
/// </summary>
internal static class FeedChecker
{
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    public static bool IsFeed(string path) =>
        Path.GetFileName(path) is FeedLinks.Rss or FeedLinks.Atom or FeedLinks.Json;

    public static (IReadOnlyList<ScannedFile> Feeds, IReadOnlyList<CheckProblem> Problems) CheckAll(OutputFolder folder)
    {
        var feeds = new List<ScannedFile>();
        var problems = new List<CheckProblem>();
        foreach (var path in folder.Files.Where(IsFeed))
        {
            var links = new List<FoundLink>();
            var error = Check(path, File.ReadAllText(folder.FullPath(path)), links);
            if (error is not null) problems.Add(CheckProblem.Error(CheckProblemKind.BrokenFeed, path, null, error));
            feeds.Add(new ScannedFile(path, new HashSet<string>(), links));
        }
        return (feeds, problems);
    }

    /// <summary>Null when the feed is sound; otherwise what is wrong. Entry URLs are added to <paramref name="links"/>.</summary>
    public static string? Check(string path, string text, List<FoundLink> links) =>
        Path.GetFileName(path) == FeedLinks.Json ? CheckJson(text, links) : CheckXml(path, text, links);

    private static string? CheckXml(string path, string text, List<FoundLink> links)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException ex)
        {
            return $"the feed is not well-formed XML, so feed readers will reject it: {ex.Message}";
        }
        var root = document.Root!;
        if (Path.GetFileName(path) == FeedLinks.Rss)
        {
            if (root.Name != "rss" || root.Element("channel") is not { } channel)
                return $"an RSS feed needs an <rss> root element with a <channel>, not <{root.Name.LocalName}>";
            links.AddRange(channel.Elements("item").Select(i => i.Element("link")?.Value).OfType<string>().Select(Entry));
            return null;
        }
        if (root.Name != AtomNs + "feed")
            return $"an Atom feed needs a <feed> root element in the namespace {AtomNs.NamespaceName}, not <{root.Name.LocalName}> in \"{root.Name.NamespaceName}\"";
        links.AddRange(root.Elements(AtomNs + "entry")
            .Select(e => e.Elements(AtomNs + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate"))
            .Select(l => (string?)l?.Attribute("href")).OfType<string>().Select(Entry));
        return null;
    }

    private static string? CheckJson(string text, List<FoundLink> links)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "a JSON Feed must be a JSON object";
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String ||
                !version.GetString()!.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal))
                return "a JSON Feed needs \"version\": \"https://jsonfeed.org/version/1.1\"";
            if (!root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String)
                return "a JSON Feed needs a \"title\" string";
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                return "a JSON Feed needs an \"items\" array";
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out _))
                    return "every JSON Feed item needs an \"id\"";
                if (item.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String) links.Add(Entry(url.GetString()!));
            }
            return null;
        }
        catch (JsonException ex)
        {
            return $"the feed is not valid JSON, so feed readers will reject it: {ex.Message}";
        }
    }

    private static FoundLink Entry(string url) => new(url.Trim(), LinkKind.FeedItem);
}
