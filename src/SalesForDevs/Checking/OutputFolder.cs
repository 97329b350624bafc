using SalesForDevs.Content;

namespace SalesForDevs.Checking;

/// <summary>
/// The files of a built site, by path inside the output folder (forward slashes). Lookups are exact and
/// case-sensitive, as on GitHub Pages, whatever the local file system does.
/// </summary>
internal sealed class OutputFolder
{
    private readonly HashSet<string> _files;

    private OutputFolder(string root, IEnumerable<string> files)
    {
        Root = root;
        _files = new HashSet<string>(files, StringComparer.Ordinal);
    }

    public string Root { get; }
    public IEnumerable<string> Files => _files.Order(StringComparer.Ordinal);

    public static OutputFolder Read(string root) =>
        new(root, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));

    public bool Contains(string path) => _files.Contains(path);

    /// <summary>
    /// The file a web server would answer a path with: DIR/ gives DIR/index.html, and DIR without the slash
    /// also finds DIR/index.html (GitHub Pages redirects to the slash). Null when there is none.
    /// </summary>
    public string? Find(string path)
    {
        if (path.Length == 0 || path.EndsWith('/')) return Contains(path + "index.html") ? path + "index.html" : null;
        if (Contains(path)) return path;
        return Contains(path + "/index.html") ? path + "/index.html" : null;
    }

    /// <summary>Where a server would look for a missing path, for messages.</summary>
    public static string Expected(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    public string FullPath(string path) => SitePaths.ToFileSystem(Root, path);
}
