using SalesForDevs.Content;

namespace SalesForDevs.Linking;

/// <summary>Where a page bundle's files are published: beside the page, in the folder of its URL.</summary>
internal static class BundleUrls
{
    /// <summary>The folder a page's URL names: /2026/01/the-ask/ for itself, /2026/01/ for /2026/01/the-ask.html.</summary>
    public static string Folder(string pageUrl) => pageUrl.EndsWith('/') ? pageUrl : SitePaths.Folder(pageUrl) + "/";

    /// <summary>The site-root URL (no base path) of one bundle file, given by its site-relative source path.</summary>
    public static string For(PostNode node, string file) => Folder(node.Url) + node.Item.Bundle!.Relative(file);
}
