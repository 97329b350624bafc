namespace SalesForDevs.Outputs;

/// <summary>Where the search page lives and which layout renders it. A theme without that layout gets no search page (the index is still written).</summary>
public static class SearchPage
{
    public const string Url = "/search/";

    public const string Layout = "search";
}
