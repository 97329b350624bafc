namespace SalesForDevs.Views;

/// <summary><c>page</c> on the search page, which loads <c>site.search_index_url</c> in the browser.</summary>
internal sealed record SearchPageView : PageView
{
    internal override PageKind PageKind => PageKind.Search;
}
