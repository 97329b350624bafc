using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>The pages of the taxonomies site.yml declares and of the authors: a list page each, and a page per term or author.</summary>
internal sealed partial class PageViewBuilder
{
    /// <summary>The list page of a taxonomy (/categories/) or of the authors (/authors/).</summary>
    public TaxonomyPageView Taxonomy(TaxonomyNode taxonomy)
    {
        var isAuthors = taxonomy.Config.Key == AuthorLinker.Key;
        var site = Graph.Config.Title;
        return ListPage(new TaxonomyPageView(isAuthors)
        {
            Title = taxonomy.Config.Title,
            Description = isAuthors ? Strings.Text("authors_description", ("site", site))
                : Strings.Text("taxonomy_description", ("taxonomy", taxonomy.Config.Title), ("site", site)),
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
        return ListPage(new TermPageView(author is not null)
        {
            Title = author is null ? TermText("term_title", term) : term.Name,
            Description = author is null ? TermText("term_description", term)
                : author.Bio.Length > 0 ? author.Bio : Strings.Text("author_description", ("author", term.Name), ("site", Graph.Config.Title)),
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
    private string FeedTitle(TermNode term) =>
        term.Author is not null ? Strings.Text("author_feeds", ("author", term.Name)) : TermText("term_feeds", term);

    /// <summary>A term's words: <c>{term}</c> its name, <c>{singular}</c> its taxonomy's one-term name as site.yml writes it
    /// ("Category"), <c>{kind}</c> the same in lower case for languages that write it so mid-sentence, <c>{site}</c>.</summary>
    private string TermText(string key, TermNode term) => TermWords.Text(Strings, key, term, Graph.Config.Title);

    /// <summary>A post's terms in each taxonomy of site.yml, in site.yml's order; taxonomies it has no term in are left out.</summary>
    private IReadOnlyList<TaxonomyView> PostTaxonomies(PostNode node) =>
        node.Terms.Count == 0 ? [] : Graph.Taxonomies.Where(t => node.Terms.ContainsKey(t.Key))
            .Select(t => views.Taxonomy(t.Config, node.Terms[t.Key])).ToList();
}
