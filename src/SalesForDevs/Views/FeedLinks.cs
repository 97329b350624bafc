using SalesForDevs.Configuration;
using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>The feed files of a folder (the site root, a tag, a series) as &lt;link rel="alternate"&gt; entries, in RSS, Atom, JSON order.</summary>
internal static class FeedLinks
{
    public const string Rss = "feed.xml";
    public const string Atom = "atom.xml";
    public const string Json = "feed.json";

    public static IReadOnlyList<LinkRef> For(SiteConfig config, string folderUrl, string title, UrlBuilder urls)
    {
        var links = new List<LinkRef>();
        var strings = config.Strings;
        if (config.Feeds.Rss) links.Add(Link(strings.Text("feed_rss", ("title", title)), folderUrl + Rss, "application/rss+xml", urls));
        if (config.Feeds.Atom) links.Add(Link(strings.Text("feed_atom", ("title", title)), folderUrl + Atom, "application/atom+xml", urls));
        if (config.Feeds.Json) links.Add(Link(strings.Text("feed_json", ("title", title)), folderUrl + Json, "application/feed+json", urls));
        return links;
    }

    private static LinkRef Link(string title, string path, string type, UrlBuilder urls) =>
        new(title, urls.Relative(path), type, urls.Absolute(path));
}
