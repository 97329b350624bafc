namespace SalesForDevs.Views;

/// <summary><c>page</c> on a taxonomy's list page (/categories/, kind taxonomy) or on the authors' page (/authors/, kind authors).</summary>
internal sealed record TaxonomyPageView : PageView
{
    /// <param name="authors">The authors' page; else a taxonomy of site.yml.</param>
    internal TaxonomyPageView(bool authors) => PageKind = authors ? PageKind.Authors : PageKind.Taxonomy;

    internal override PageKind PageKind { get; }

    /// <summary>The taxonomy with all its terms.</summary>
    public TaxonomyView? Taxonomy { get; init; }
    /// <summary>On the authors' page, every author with published posts; empty on a taxonomy's.</summary>
    public IReadOnlyList<AuthorRef> Authors { get; init; } = [];
}
