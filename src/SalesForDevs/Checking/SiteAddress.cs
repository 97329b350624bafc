using SalesForDevs.Linking;

namespace SalesForDevs.Checking;

/// <summary>
/// The web address the site is built for. Resolves each link the way a browser would from the page it is on,
/// then decides whether it lands inside the site (under the base path, such as /SalesForDevs/) or elsewhere.
/// </summary>
internal sealed class SiteAddress(Uri baseUrl)
{
    public Uri BaseUrl { get; } = baseUrl;
    /// <summary>The base URL's path, always ending in '/': "/" or "/SalesForDevs/".</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";

    /// <summary>The URL a file of the output is served at: DIR/index.html is served as DIR/.</summary>
    public Uri UrlOf(string outputPath)
    {
        var path = Permalinks.UrlForOutputPath(outputPath)[1..];
        return new Uri(BaseUrl, Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
    }

    public ResolvedLink Resolve(string fromOutputPath, string href)
    {
        href = href.Trim();
        if (href.Length == 0) return new ResolvedLink(ResolvedLinkKind.Ignored);
        if (!Uri.TryCreate(UrlOf(fromOutputPath), href, out var target)) return new ResolvedLink(ResolvedLinkKind.Invalid);
        if (target.Scheme is not ("http" or "https")) return new ResolvedLink(ResolvedLinkKind.Ignored);
        // http and https on the site's own host are the same site; another port is another server.
        var sameSite = string.Equals(target.Host, BaseUrl.Host, StringComparison.OrdinalIgnoreCase)
            && (target.Port == BaseUrl.Port || target.Scheme != BaseUrl.Scheme);
        if (!sameSite)
            return new ResolvedLink(ResolvedLinkKind.External, Url: target.GetLeftPart(UriPartial.Query));

        var path = target.AbsolutePath;
        // "/SalesForDevs" without the slash still works: GitHub Pages redirects it to the folder.
        if (!path.StartsWith(BasePath, StringComparison.Ordinal) && path + "/" != BasePath)
            return new ResolvedLink(ResolvedLinkKind.OutsideBasePath);
        var inside = path.Length >= BasePath.Length ? path[BasePath.Length..] : "";
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        return new ResolvedLink(ResolvedLinkKind.Internal, Uri.UnescapeDataString(inside), fragment);
    }
}
