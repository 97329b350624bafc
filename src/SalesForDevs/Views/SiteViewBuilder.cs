using System.Reflection;
using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>Builds <c>site</c>, the data every template shares.</summary>
internal static class SiteViewBuilder
{
    public static SiteView Build(SiteGraph graph, ViewFactory views, bool themeHasSearch = false)
    {
        var config = graph.Config;
        var urls = views.Urls;
        var feeds = FeedLinks.For(config, "/", config.Title, urls);
        var email = config.Subscribe.Email;
        var subscribePage = graph.Pages.FirstOrDefault(p => p.Slug == "subscribe");
        return new SiteView
        {
            Title = config.Title,
            Description = config.Description,
            Url = urls.Relative("/"),
            BaseUrl = config.BaseUrl.ToString(),
            Language = config.Language,
            AuthorName = config.Author.Name,
            AuthorEmail = config.Author.Email,
            Menu = config.Menu.Select(m => new LinkRef(m.Title, urls.Relative(m.Url))).ToList(),
            Feeds = feeds,
            RssUrl = config.Feeds.Rss ? urls.Relative("/" + FeedLinks.Rss) : feeds.FirstOrDefault()?.Url ?? "",
            SubscribeRss = config.Subscribe.Rss && feeds.Count > 0,
            FeedsFullContent = config.Feeds.FullContent,
            SubscribeEmail = email is null ? null : new EmailFormView(email.Provider, email.Action, email.Method,
                email.Fields["email"], email.Fields.GetValueOrDefault("name") ?? "",
                email.Hidden.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => new LinkRef(h.Key, h.Value)).ToList(),
                email.Honeypot ?? "") { Sends = email.Sends },
            SubscribeUrl = subscribePage is null ? "" : urls.Relative(subscribePage.Url),
            Series = graph.Series.Select(s => new LinkRef(s.Title, urls.Relative(s.Url))).ToList(),
            SeriesStarts = graph.Series.Where(s => s.Parts.Count > 0).Select(s => new SeriesStartView(
                s.Title, urls.Relative(s.Url), s.Config.Description, views.Ref(FirstPart(s)), s.Parts.Count)).ToList(),
            Tags = graph.Tags.Select(views.Tag).ToList(),
            Taxonomies = graph.Taxonomies.Select(t => views.Taxonomy(t.Config, t.Terms)).ToList(),
            Authors = graph.Authors?.Terms.Select(views.Author).ToList() ?? [],
            AuthorsUrl = graph.Authors is null ? "" : urls.Relative(graph.Authors.Url),
            RecentPosts = views.Refs(graph.Posts.Take(5)),
            Comments = CommentsView.From(config.Comments),
            Generator = $"SalesForDevs {Version}",
            ArchiveUrl = urls.Relative("/archive/"),
            TagsUrl = urls.Relative("/tags/"),
            SearchUrl = config.Search.Enabled && themeHasSearch ? urls.Relative(SearchPage.Url) : "",
            SearchIndexUrl = config.Search.Enabled ? urls.Relative("/" + SearchPage.IndexFile) : "",
            Params = config.Params,
        };
    }

    /// <summary>The first part in reading order: the first section's first published post.</summary>
    private static PostNode FirstPart(SeriesNode series) =>
        series.Sections.SelectMany(section => section.Posts).FirstOrDefault(p => p.IsPublished) ?? series.Parts[0];

    public static string Version { get; } =
        typeof(SiteViewBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
