using SalesForDevs.Content;
using SalesForDevs.Linking;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>Resolves links between content files through the site graph, which knows every file's URL and state.</summary>
/// <param name="siteDirectory">The site's folder, to find local images; without it images get no size.</param>
internal sealed class GraphLinkResolver(SiteGraph graph, UrlBuilder urls, string? siteDirectory = null) : ILinkResolver
{
    /// <summary>
    /// "/images/x.png" is a file under content/static/; "x.png" sits beside the content file (a post folder) or,
    /// failing that, under content/static/.
    /// </summary>
    public string? ImageFile(string fromSourcePath, string url)
    {
        if (siteDirectory is null || url.Length == 0 || url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        var folder = fromSourcePath.Contains('/') ? fromSourcePath[..fromSourcePath.LastIndexOf('/')] : "";
        string?[] candidates = path.StartsWith('/') ? [Normalize("content/static" + path)] : [Normalize($"{folder}/{path}"), Normalize("content/static/" + path)];
        foreach (var candidate in candidates)
        {
            if (candidate is null) continue;
            var full = Path.Combine(siteDirectory, candidate);
            if (File.Exists(full)) return full;
        }
        return null;
    }

    public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment)
    {
        var folder = fromSourcePath.Contains('/') ? fromSourcePath[..fromSourcePath.LastIndexOf('/')] : "";
        var target = Normalize(path.StartsWith('/') ? "content" + path : $"{folder}/{path}");
        if (target is null || !graph.BySource.TryGetValue(target, out var node))
            return new LinkTarget.Missing($"no content file {target ?? path} exists");
        return node.State switch
        {
            PublishState.Published => new LinkTarget.Page(urls.Relative(node.Url) + (string.IsNullOrEmpty(fragment) ? "" : "#" + fragment)),
            PublishState.Future => Promise(node),
            _ => new LinkTarget.Hidden(),
        };
    }

    public string RootRelative(string url) => urls.Relative(url);

    /// <summary>
    /// The same graph object answers the same: sfd serve hands a graph on to the next build only when nothing links read
    /// changed (URLs, publish states, bundles; <see cref="GraphCache"/>).
    /// </summary>
    public bool AnswersAs(ILinkResolver other) =>
        other is GraphLinkResolver g && ReferenceEquals(g.Graph, graph) && g.Urls.BaseUrl == urls.BaseUrl && g.SiteDirectory == siteDirectory;

    private SiteGraph Graph => graph;
    private UrlBuilder Urls => urls;
    private string? SiteDirectory => siteDirectory;

    private LinkTarget.Promise Promise(PostNode node)
    {
        var strings = graph.Config.Strings;
        var hint = node.Date is { } date
            ? strings.Text("coming_on", ("date", strings.Date(date)), ("title", node.Title))
            : strings.Text("coming", ("title", node.Title));
        return new LinkTarget.Promise(node.Title, node.Date, strings.Text("coming_soon"), hint);
    }

    public Configuration.ImagesConfig? ImageSettings => siteDirectory is null ? null : graph.Config.Images;

    public Extensions.Images.PublishedImage? PublishedImage(string fromSourcePath, string url)
    {
        if (siteDirectory is null || url.Length == 0 || url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        if (path.StartsWith('/'))
        {
            var file = Normalize("content/static" + path);
            return file is not null && File.Exists(SitePaths.ToFileSystem(siteDirectory, file)) ? new(SitePaths.ToFileSystem(siteDirectory, file), "/" + file["content/static/".Length..]) : null;
        }
        if (!graph.BySource.TryGetValue(fromSourcePath, out var node) || node.Item.Bundle is not { } bundle) return null;
        var inBundle = Normalize($"{bundle.Folder}/{path}");
        return inBundle is not null && bundle.Files.Contains(inBundle, StringComparer.Ordinal)
            ? new(SitePaths.ToFileSystem(siteDirectory, inBundle), BundleUrls.For(node, inBundle))
            : null;
    }

    public string? BundleFileUrl(string fromSourcePath, string url)
    {
        if (!graph.BySource.TryGetValue(fromSourcePath, out var node) || node.Item.Bundle is not { } bundle) return null;
        var end = url.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end >= 0 ? url[..end] : url);
        if (Normalize($"{bundle.Folder}/{path}") is not { } file || !bundle.Files.Contains(file, StringComparer.Ordinal)) return null;
        var href = string.Join('/', BundleUrls.For(node, file).Split('/').Select(Uri.EscapeDataString));
        return urls.Relative(href) + (end >= 0 ? url[end..] : "");
    }

    /// <summary>Folds "." and ".." segments; null when the path climbs above the site root.</summary>
    internal static string? Normalize(string path)
    {
        // Most links are already normal ("content/posts/a.md"): no segments to split and join again.
        if (path.IndexOf('\\') < 0 && SitePaths.IsClean(path)) return path;
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
