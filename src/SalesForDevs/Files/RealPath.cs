namespace SalesForDevs.Files;

/// <summary>
/// Where a path really leads once every symbolic link on it is followed, as the operating system would follow them.
/// Guards compare these, never the strings a user typed: a link named <c>out</c> that points at the site folder is the site folder.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links on one path; so do we.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The real path of <paramref name="path"/> (made absolute first). The part that does not exist yet is kept as written.
    /// Throws <see cref="LinkLoopException"/> when the links go round in a circle.
    /// </summary>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Segments(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        var exists = true;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, segment);
            var target = exists ? LinkTarget(next) : null;
            if (target is null)
            {
                exists = exists && (Directory.Exists(next) || File.Exists(next));
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new LinkLoopException(full);
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(Path.GetFullPath(target))!;
            foreach (var part in Segments(Path.IsPathRooted(target) ? Path.GetFullPath(target)[current.Length..] : target).Reverse())
                pending.Push(part);
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, full paths).</summary>
    public static bool IsAtOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Segments(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
