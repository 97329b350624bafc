namespace SalesForDevs.Configuration;

/// <summary>
/// A way of grouping posts, declared under <c>taxonomies:</c> in site.yml (or the built-in tags): posts name their terms
/// in the front matter key <see cref="Key"/>, and the site gets a list page at /KEY/ and a page and feeds per term.
/// </summary>
/// <param name="Key">The front matter key and the URL folder, e.g. categories.</param>
/// <param name="Title">The list page's title, e.g. Categories.</param>
/// <param name="Singular">One term's kind, e.g. Category: term pages and messages use it.</param>
/// <param name="Feeds">Whether each term gets RSS, Atom and JSON feeds (as the site's feeds settings allow).</param>
internal sealed record TaxonomyConfig(string Key, string Title, string Singular, bool Feeds = true)
{
    /// <summary>The built-in taxonomy: front matter <c>tags</c>, pages under /tags/.</summary>
    public static TaxonomyConfig Tags { get; } = new("tags", "Tags", "Tag");

    public string Url => $"/{Key}/";
}
