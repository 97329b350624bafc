namespace SalesForDevs.Serving;

/// <summary>What a request path means for the served site.</summary>
internal abstract record SiteRoute
{
    /// <summary>Serve this output file (a site-relative path such as <c>2026/01/hello/index.html</c>).</summary>
    public sealed record File(string Path) : SiteRoute;

    /// <summary>Send the browser to <paramref name="Location"/> (a folder without its slash, or the root outside the sub-path).</summary>
    public sealed record Redirect(string Location) : SiteRoute;

    /// <summary>Nothing here: answer with the site's 404 page and status 404.</summary>
    public sealed record NotFound : SiteRoute;
}
