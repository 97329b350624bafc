namespace SalesForDevs.Views;

/// <summary><c>site</c> in every template: built once per build and shared by all pages.</summary>
internal sealed record SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>The home page link, base path included ("/SalesForDevs/").</summary>
    public required string Url { get; init; }
    public required string BaseUrl { get; init; }
    public required string Language { get; init; }
    public required string AuthorName { get; init; }
    public required string AuthorEmail { get; init; }
    public required IReadOnlyList<LinkRef> Menu { get; init; }
    /// <summary>The site-wide feeds (RSS, Atom, JSON), for &lt;link rel="alternate"&gt; and the subscribe box.</summary>
    public required IReadOnlyList<LinkRef> Feeds { get; init; }
    /// <summary>The main feed's URL for "Subscribe by RSS" ("" when RSS is off).</summary>
    public required string RssUrl { get; init; }
    public required bool SubscribeRss { get; init; }
    /// <summary>Whether the feeds carry each post in full (feeds.full_content), so subscribe wording can say so.</summary>
    public bool FeedsFullContent { get; init; }
    public required EmailFormView? SubscribeEmail { get; init; }
    public required string SubscribeUrl { get; init; }
    public required IReadOnlyList<LinkRef> Series { get; init; }
    /// <summary>"Start here" for each series with published posts: its first part and its page.</summary>
    public IReadOnlyList<SeriesStartView> SeriesStarts { get; init; } = [];
    public required IReadOnlyList<TagRef> Tags { get; init; }
    /// <summary>The taxonomies of site.yml with all their terms, in its order.</summary>
    public IReadOnlyList<TaxonomyView> Taxonomies { get; init; } = [];
    /// <summary>The authors with published posts (site.yml <c>authors:</c>), by key; and their list page ("" when none).</summary>
    public IReadOnlyList<AuthorRef> Authors { get; init; } = [];
    public string AuthorsUrl { get; init; } = "";
    public required IReadOnlyList<PostRef> RecentPosts { get; init; }
    public required CommentsView Comments { get; init; }
    public required string Generator { get; init; }
    public required string ArchiveUrl { get; init; }
    public required string TagsUrl { get; init; }
    /// <summary>The search page ("" when search is off or the theme has no search layout).</summary>
    public string SearchUrl { get; init; } = "";
    /// <summary>The search index the search page loads ("" when search is off).</summary>
    public string SearchIndexUrl { get; init; } = "";
    /// <summary>site.yml's free-form <c>params</c>: the theme's own settings.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = Yaml.YamlParams.Empty;
}
