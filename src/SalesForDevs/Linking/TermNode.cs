using SalesForDevs.Configuration;

namespace SalesForDevs.Linking;

/// <summary>A term of a taxonomy (a tag, a category, an author) with its published posts, newest first.</summary>
internal sealed class TermNode(TaxonomyConfig taxonomy, string name, string slug)
{
    public TaxonomyConfig Taxonomy { get; } = taxonomy;
    public string Name { get; } = name;
    public string Slug { get; } = slug;
    /// <summary>/KEY/SLUG/ without the base path, e.g. /tags/sales/.</summary>
    public string Url => $"/{Taxonomy.Key}/{Slug}/";
    public IReadOnlyList<PostNode> Posts { get; internal set; } = [];
    /// <summary>The author's entry in site.yml, on the terms of the authors taxonomy; null on others.</summary>
    public AuthorProfile? Author { get; internal init; }
}
