namespace SalesForDevs.Content.Bundles;

/// <summary>
/// Sorts the files under content/posts (or content/pages) into markdown sources and the files of page bundles.
/// A folder holding an index.md is a bundle; its other files (subfolders included) belong to it, except those inside a
/// deeper bundle. Other markdown files in a bundle folder stay ordinary posts, and files outside every bundle are ignored
/// as before: only a bundle says which files a post publishes.
/// </summary>
internal static class BundleFinder
{
    /// <param name="files">Site-relative paths of every file in the content folder.</param>
    /// <param name="contentFolder">The site-relative folder they were listed from, e.g. content/posts.</param>
    /// <returns>The markdown files, and each bundle by the site-relative path of its index.md.</returns>
    public static (IReadOnlyList<string> Markdown, IReadOnlyDictionary<string, PageBundle> Bundles) Find(IEnumerable<string> files, string contentFolder)
    {
        var all = files.ToList();
        var markdown = all.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var folders = markdown.Where(f => PageBundle.IsIndex(f, contentFolder)).Select(SitePaths.Folder).ToHashSet(StringComparer.Ordinal);
        var owned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in all.Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            // The nearest enclosing bundle folder owns the file.
            for (var folder = SitePaths.Folder(file); folder.Length > contentFolder.Length; folder = SitePaths.Folder(folder))
            {
                if (!folders.Contains(folder)) continue;
                if (!owned.TryGetValue(folder, out var list)) owned[folder] = list = [];
                list.Add(file);
                break;
            }
        }
        var bundles = folders.ToDictionary(f => f + "/" + PageBundle.IndexFile,
            f => new PageBundle(f, owned.TryGetValue(f, out var list) ? list.Order(StringComparer.Ordinal).ToList() : []), StringComparer.Ordinal);
        return (markdown, bundles);
    }
}
