using SalesForDevs.Configuration;

namespace SalesForDevs.Linking;

/// <summary>
/// Everything the renderers need to know about how content connects: URLs, lists, tags, series and
/// builds-on links. Computed once per build from front matter alone, before any markdown is rendered.
/// </summary>
internal sealed class SiteGraph
{
    public required SiteConfig Config { get; init; }
    /// <summary>Every loaded file by its site-relative source path, whatever its state: markdown links resolve through it.</summary>
    public required IReadOnlyDictionary<string, PostNode> BySource { get; init; }
    /// <summary>Published posts, newest first (date, then slug).</summary>
    public required IReadOnlyList<PostNode> Posts { get; init; }
    /// <summary>Published standalone pages, by slug.</summary>
    public required IReadOnlyList<PostNode> Pages { get; init; }
    /// <summary>Tags in name order.</summary>
    public required IReadOnlyList<TermNode> Tags { get; init; }
    public required IReadOnlyList<SeriesNode> Series { get; init; }
    /// <summary>The taxonomies site.yml declares besides tags, in its order.</summary>
    public IReadOnlyList<TaxonomyNode> Taxonomies { get; init; } = [];
    /// <summary>The authors with published posts, as a taxonomy (/authors/KEY/); null when site.yml has no <c>authors:</c>.</summary>
    public TaxonomyNode? Authors { get; init; }
    /// <summary>Old addresses of published pages, each written as a redirect (front matter <c>aliases</c>), by output path.</summary>
    public IReadOnlyList<AliasNode> Aliases { get; init; } = [];

    public PostNode? FindPost(string slug) => Posts.FirstOrDefault(p => p.Slug == slug);
}
