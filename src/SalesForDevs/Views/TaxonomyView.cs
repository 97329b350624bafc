namespace SalesForDevs.Views;

/// <summary>
/// A taxonomy of site.yml (or the authors) with terms: on a post, the post's terms (<c>page.taxonomies</c>); on its list and
/// term pages and in <c>site.taxonomies</c>, all of them (<c>page.taxonomy</c>).
/// </summary>
internal sealed record TaxonomyView(string Key, string Title, string Singular, string Url, IReadOnlyList<TagRef> Terms);
