namespace SalesForDevs.Linking;

/// <summary>
/// Turns site-root paths (/2026/01/the-ask/) into links that work under the base URL's sub-path
/// (/SalesForDevs/2026/01/the-ask/) or as absolute URLs for feeds, canonical links and sitemaps.
/// </summary>
internal sealed class UrlBuilder(Uri baseUrl)
{
    private readonly string _basePath = baseUrl.AbsolutePath.TrimEnd('/');
    private readonly string _origin = baseUrl.GetLeftPart(UriPartial.Authority);

    public Uri BaseUrl => baseUrl;

    /// <summary>A root-relative link with the base path; external URLs and fragments pass through.</summary>
    public string Relative(string path)
    {
        if (string.IsNullOrEmpty(path)) return _basePath + "/";
        if (IsExternal(path) || path.StartsWith('#')) return path;
        if (!path.StartsWith('/')) path = "/" + path;
        return _basePath + path;
    }

    /// <summary>
    /// Like <see cref="Relative"/>, but a path that already starts with the base path is left as it is, so themes can
    /// pass <c>page.url</c> (which has it) as well as "/assets/x.css" (which has not). Hugo's relURL does the same.
    /// </summary>
    public string RelativeOnce(string path) =>
        _basePath.Length > 0 && (path == _basePath || path.StartsWith(_basePath + "/", StringComparison.Ordinal)) ? path : Relative(path);

    /// <summary>An absolute URL (scheme, host, base path).</summary>
    public string Absolute(string path) => IsExternal(path) ? path : _origin + Relative(path);

    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.Contains("://", StringComparison.Ordinal) ||
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
}
