using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>The pages of the taxonomies site.yml declares and of the authors: a list page each, and a page per term or author.</summary>
internal sealed partial class PageViewBuilder
{
    /// <summary>The list page of a taxonomy (/categories/) or of the authors (/authors/).</summary>
    public TaxonomyPageView Taxonomy(TaxonomyNode taxonomy)
    {
        var isAuthors = taxonomy.Config == AuthorLinker.Taxonomy;
        return ListPage(new TaxonomyPageView(isAuthors)
        {
            Title = taxonomy.Config.Title,
            Description = isAuthors ? $"The authors of {Graph.Config.Title}." : $"{taxonomy.Config.Title} on {Graph.Config.Title}.",
            Url = taxonomy.Url, Permalink = taxonomy.Url,
            Taxonomy = views.Taxonomy(taxonomy.Config, taxonomy.Terms),
            Authors = isAuthors ? taxonomy.Terms.Select(views.Author).ToList() : [],
        });
    }

    /// <summary>The page of a term (/categories/tooling/) or of an author (/authors/ada/), with its posts and feeds.</summary>
    public TermPageView Term(TaxonomyNode taxonomy, TermNode term)
    {
        var feeds = TermFeeds(term);
        var author = term.Author is null ? null : views.Author(term);
        var singular = taxonomy.Config.Singular;
        return ListPage(new TermPageView(author is not null)
        {
            Title = author is null ? $"{singular}: {term.Name}" : term.Name,
            Description = author is null ? $"Posts in the {singular.ToLowerInvariant()} {term.Name} on {Graph.Config.Title}."
                : author.Bio.Length > 0 ? author.Bio : $"Posts by {term.Name} on {Graph.Config.Title}.",
            Url = term.Url, Permalink = term.Url,
            Posts = views.Refs(term.Posts),
            OwnFeeds = feeds,
            Taxonomy = views.Taxonomy(taxonomy.Config, taxonomy.Terms),
            Term = views.Tag(term),
            Author = author,
        }) with { Feeds = [.. siteFeeds, .. feeds] };
    }

    /// <summary>A term's feeds when its taxonomy has them (authors always do).</summary>
    private IReadOnlyList<LinkRef> TermFeeds(TermNode term) =>
        term.Taxonomy.Feeds ? FeedLinks.For(Graph.Config, term.Url, FeedTitle(term), Urls) : [];

    /// <summary>"Category: Tooling", "Posts by Ada Lovelace": the title of a term's feeds in &lt;head&gt;.</summary>
    private static string FeedTitle(TermNode term) =>
        term.Author is not null ? $"Posts by {term.Name}" : $"{term.Taxonomy.Singular}: {term.Name}";

    /// <summary>A post's terms in each taxonomy of site.yml, in site.yml's order; taxonomies it has no term in are left out.</summary>
    private IReadOnlyList<TaxonomyView> PostTaxonomies(PostNode node) =>
        node.Terms.Count == 0 ? [] : Graph.Taxonomies.Where(t => node.Terms.ContainsKey(t.Key))
            .Select(t => views.Taxonomy(t.Config, node.Terms[t.Key])).ToList();
}
