using SalesForDevs.Linking;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// The pages of the taxonomies of site.yml and of the authors, with the layout that renders each. A theme may lack the
/// newer layouts: a taxonomy's list page falls back to <c>tags</c>, a term's page to <c>tag</c>; the authors' list page
/// tries <c>authors</c>, then <c>taxonomy</c>, and an author's page <c>author</c>, then <c>term</c>.
/// </summary>
internal static class TaxonomyPages
{
    public static IEnumerable<(string Path, string Layout, Func<PageView> View, string Source)> Jobs(SiteGraph graph, PageViewBuilder pages, Theme theme)
    {
        string Layout(params string[] names) => names.FirstOrDefault(theme.Has) ?? names[^1];
        var all = graph.Authors is null ? graph.Taxonomies : [.. graph.Taxonomies, graph.Authors];
        foreach (var taxonomy in all)
        {
            var isAuthors = taxonomy == graph.Authors;
            yield return (Permalinks.OutputPathFor(taxonomy.Url), isAuthors ? Layout("authors", "taxonomy", "tags") : Layout("taxonomy", "tags"),
                () => pages.Taxonomy(taxonomy), $"the page of taxonomy `{taxonomy.Key}`");
            var termLayout = isAuthors ? Layout("author", "term", "tag") : Layout("term", "tag");
            foreach (var term in taxonomy.Terms)
                yield return (Permalinks.OutputPathFor(term.Url), termLayout, () => pages.Term(taxonomy, term),
                    $"the page of {taxonomy.Config.Singular.ToLowerInvariant()} `{term.Name}`");
        }
    }
}
