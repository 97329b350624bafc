namespace SalesForDevs.Content;

/// <summary>
/// Converts between site paths — relative, '/'-separated, as in messages, output URLs, theme resources and site.yml
/// ("content/posts/a.md", "2026/01/a/index.html", "layouts/post.scriban") — and file-system paths, whose separator
/// depends on the OS. sfd never builds a file-system path by joining with '/'; it goes through here.
/// </summary>
internal static class SitePaths
{
    /// <summary>The file-system path below <paramref name="root"/> of a site path; a path that climbs out with ".." is refused.</summary>
    public static string ToFileSystem(string root, string sitePath)
    {
        // Every page of a build comes here: a path that is already clean ('/'-separated like the file system's, no empty,
        // "." or ".." segment) is joined as it is, without splitting it.
        if (Path.DirectorySeparatorChar == '/' && IsClean(sitePath)) return Path.Join(root, sitePath);
        var parts = sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p is "." or ".."))
            throw new ArgumentException($"path \"{sitePath}\" must stay inside {root}", nameof(sitePath));
        return Path.Combine([root, .. parts]);
    }

    /// <summary>Whether a '/'-separated path has no empty, "." or ".." segment (and is not empty): it is its own normal form.</summary>
    internal static bool IsClean(ReadOnlySpan<char> sitePath)
    {
        if (sitePath.IsEmpty) return false;
        foreach (var range in sitePath.Split('/'))
        {
            var segment = sitePath[range];
            if (segment.IsEmpty || segment is "." or "..") return false;
        }
        return true;
    }

    /// <summary>The site path of a file below <paramref name="root"/>: its relative path with '/' separators.</summary>
    public static Func<string, string> FromFileSystem(string root) => file => Normalize(Path.GetRelativePath(root, file));

    /// <summary>Turns the OS's separators (and '\' anywhere, as a Windows resource name may carry) into '/'.</summary>
    public static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (Path.DirectorySeparatorChar != '/') normalized = normalized.Replace(Path.DirectorySeparatorChar, '/');
        return normalized;
    }

    /// <summary>The folder part of a site path ("2026/01/a" for "2026/01/a/index.html"), or "" at the top.</summary>
    public static string Folder(string sitePath)
    {
        var slash = sitePath.LastIndexOf('/');
        return slash < 0 ? "" : sitePath[..slash];
    }
}
