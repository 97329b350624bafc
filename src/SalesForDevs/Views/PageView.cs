namespace SalesForDevs.Views;

/// <summary>
/// <c>page</c> in every template. One shape for every kind of page (post, page, home, archive, tag, tags, series, 404)
/// so that shared partials can read any field; fields that do not apply are empty or null.
/// </summary>
public sealed record PageView
{
    /// <summary>post, page, home, archive, tags, tag, series, search or 404 (<see cref="PageKind"/>).</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    /// <summary>One-line description for meta tags and Open Graph.</summary>
    public required string Description { get; init; }
    /// <summary>Link to this page, base path included.</summary>
    public required string Url { get; init; }
    /// <summary>Absolute URL: canonical link, Open Graph.</summary>
    public required string Permalink { get; init; }
    public string Content { get; init; } = "";
    /// <summary>Absolute URL of the link-preview image (the page's own, else the site's), or "".</summary>
    public string Image { get; init; } = "";
    public string ImageAlt { get; init; } = "";
    /// <summary>A schema.org JSON-LD object, already serialized and escaped for a &lt;script&gt; element, or "".</summary>
    public string JsonLd { get; init; } = "";
    /// <summary>A nested list of links to the body's headings when the post asks for a table of contents (toc: true), else "".</summary>
    public string Toc { get; init; } = "";
    /// <summary>Every feed this page links in &lt;head&gt;: the site's, plus its own.</summary>
    public IReadOnlyList<LinkRef> Feeds { get; init; } = [];
    /// <summary>The feeds of this page alone (a tag's or a series' feeds), empty elsewhere.</summary>
    public IReadOnlyList<LinkRef> OwnFeeds { get; init; } = [];

    // Posts and pages.
    public string Slug { get; init; } = "";
    public DateTime? Date { get; init; }
    public string DateIso { get; init; } = "";
    public string DateDisplay { get; init; } = "";
    public DateTime? Updated { get; init; }
    public string UpdatedIso { get; init; } = "";
    public string UpdatedDisplay { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<TagRef> Tags { get; init; } = [];
    public int ReadingMinutes { get; init; }
    public int WordCount { get; init; }
    public SeriesPlaceView? Series { get; init; }
    public IReadOnlyList<PostRef> BuildsOn { get; init; } = [];
    public IReadOnlyList<PostRef> PracticedIn { get; init; } = [];
    public IReadOnlyList<PostRef> PromisedIn { get; init; } = [];
    /// <summary>"open" (show the provider's widget), "closed" (say so) or "none" (no provider, nothing shown).</summary>
    public string Comments { get; init; } = "none";
    public PostRef? Newer { get; init; }
    public PostRef? Older { get; init; }
    public bool IsDraft { get; init; }
    /// <summary>The post's or page's free-form front matter <c>params</c>; empty on list pages.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = Yaml.YamlParams.Empty;

    // Lists.
    public IReadOnlyList<PostRef> Posts { get; init; } = [];
    public IReadOnlyList<YearGroupView> Years { get; init; } = [];
    public IReadOnlyList<TagRef> AllTags { get; init; } = [];
    public SeriesOverviewView? SeriesOverview { get; init; }
}
