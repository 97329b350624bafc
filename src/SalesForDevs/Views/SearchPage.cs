namespace SalesForDevs.Views;

/// <summary>Where the search page lives and which layout renders it. A theme without that layout gets no search page (the index is still written).</summary>
internal static class SearchPage
{
    public const string Url = "/search/";

    public const string Layout = "search";

    /// <summary>The index the search page loads, at the site root.</summary>
    public const string IndexFile = "search-index.json";
}
