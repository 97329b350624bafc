namespace SalesForDevs.Views;

/// <summary>
/// <c>page</c> in every template: what every kind of page has. Each kind of page is one sealed record derived from it
/// (<see cref="Kinds"/>) holding only the fields that apply to it. Templates may still read any page field on any page
/// and get its empty value there (<see cref="PageViewFields"/>), so shared partials need no test of <c>page.kind</c>.
/// </summary>
internal abstract record PageView
{
    /// <summary>Every kind of page view: the closed union (its internal abstract member keeps others from joining it).</summary>
    internal static readonly IReadOnlyList<Type> Kinds =
    [
        typeof(ContentPageView), typeof(HomePageView), typeof(ArchivePageView), typeof(TagsPageView), typeof(TagPageView),
        typeof(SeriesPageView), typeof(SearchPageView), typeof(NotFoundPageView), typeof(TaxonomyPageView), typeof(TermPageView),
    ];

    /// <summary>The kind of page, for code; templates see it as <see cref="Kind"/>.</summary>
    internal abstract PageKind PageKind { get; }

    /// <summary>post, page, home, archive, tags, tag, taxonomy, term, authors, author, series, search or 404 (<see cref="PageKinds.Name"/>).</summary>
    public string Kind => PageKinds.Name(PageKind);
    public required string Title { get; init; }
    /// <summary>One-line description for meta tags and Open Graph.</summary>
    public required string Description { get; init; }
    /// <summary>Link to this page, base path included.</summary>
    public required string Url { get; init; }
    /// <summary>Absolute URL: canonical link, Open Graph.</summary>
    public required string Permalink { get; init; }
    /// <summary>Absolute URL of the link-preview image (the page's own, else the site's), or "".</summary>
    public string Image { get; init; } = "";
    public string ImageAlt { get; init; } = "";
    /// <summary>A schema.org JSON-LD object, already serialized and escaped for a &lt;script&gt; element, or "".</summary>
    public string JsonLd { get; init; } = "";
    /// <summary>Every feed this page links in &lt;head&gt;: the site's, plus its own.</summary>
    public IReadOnlyList<LinkRef> Feeds { get; init; } = [];
}
