namespace SalesForDevs.Views;

/// <summary><c>page</c> on a term's page (/categories/tooling/, kind term) or an author's (/authors/ada/, kind author): its posts and feeds.</summary>
internal sealed record TermPageView : PageView
{
    /// <param name="author">An author's page; else a term of a taxonomy of site.yml.</param>
    internal TermPageView(bool author) => PageKind = author ? PageKind.Author : PageKind.Term;

    internal override PageKind PageKind { get; }

    public IReadOnlyList<PostRef> Posts { get; init; } = [];
    /// <summary>The feeds of this term alone (<see cref="PageView.Feeds"/> adds the site's); empty when its taxonomy has none.</summary>
    public IReadOnlyList<LinkRef> OwnFeeds { get; init; } = [];
    /// <summary>The taxonomy with all its terms.</summary>
    public TaxonomyView? Taxonomy { get; init; }
    /// <summary>The term: name, slug, url and count.</summary>
    public TagRef? Term { get; init; }
    /// <summary>On an author's page, the author; null on a term's.</summary>
    public AuthorRef? Author { get; init; }
}
