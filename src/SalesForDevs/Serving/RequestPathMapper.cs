namespace SalesForDevs.Serving;

/// <summary>
/// Maps a request path to an output file the way GitHub Pages does for a project site: the site lives
/// under the base URL's sub-path, a folder serves its index.html, and a folder asked for without its
/// trailing slash is redirected to it.
/// </summary>
internal static class RequestPathMapper
{
    /// <param name="requestPath">The decoded request path, starting with '/'.</param>
    /// <param name="basePath">The base URL's path, starting and ending with '/' (just "/" for a site at the root).</param>
    /// <param name="exists">Whether the site has an output file at a site-relative path.</param>
    /// <param name="query">The query string, with its '?', kept on redirects.</param>
    public static SiteRoute Map(string requestPath, string basePath, Func<string, bool> exists, string query = "")
    {
        if (requestPath.Length == 0) requestPath = "/";
        if (basePath.Length > 1)
        {
            // The root and the sub-path without its slash both lead to the site, as a visitor would expect.
            if (requestPath == "/" || requestPath == basePath[..^1]) return new SiteRoute.Redirect(basePath + query);
            if (!requestPath.StartsWith(basePath, StringComparison.Ordinal)) return new SiteRoute.NotFound();
        }

        var relative = requestPath[basePath.Length..];
        if (!IsSafe(relative)) return new SiteRoute.NotFound();
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            var index = relative + "index.html";
            return exists(index) ? new SiteRoute.File(index) : new SiteRoute.NotFound();
        }
        if (exists(relative)) return new SiteRoute.File(relative);
        if (exists(relative + "/index.html")) return new SiteRoute.Redirect(requestPath + "/" + query);
        return new SiteRoute.NotFound();
    }

    /// <summary>Refuses paths that climb out of the site or hide a segment ("..", ".", empty, backslashes).</summary>
    private static bool IsSafe(string relative)
    {
        if (relative.Contains('\\') || relative.Contains('\0')) return false;
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or "..") return false;
            // Only the last segment may be empty (a trailing slash).
            if (segment.Length == 0 && i < segments.Length - 1) return false;
        }
        return true;
    }
}
