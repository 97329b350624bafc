namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Converts between theme paths ('/'-separated, as in messages, resource names and output URLs) and file-system
/// paths, whose separator depends on the OS. No file-system path is ever built by joining with '/'.
/// </summary>
public static class ThemePaths
{
    /// <summary>A file-system path below <paramref name="root"/> for a theme path such as "layouts/partials/head.scriban".</summary>
    public static string ToFileSystem(string root, string themePath)
    {
        var parts = themePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p is "." or ".."))
            throw new ArgumentException($"theme path \"{themePath}\" must stay inside the theme", nameof(themePath));
        return Path.Combine([root, .. parts]);
    }

    /// <summary>The theme path of a file below <paramref name="root"/>: its relative path with '/' separators.</summary>
    public static Func<string, string> FromFileSystem(string root) => file => Normalize(Path.GetRelativePath(root, file));

    /// <summary>Turns the OS's separators (and '\' anywhere, as a Windows resource name may carry) into '/'.</summary>
    public static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (Path.DirectorySeparatorChar != '/') normalized = normalized.Replace(Path.DirectorySeparatorChar, '/');
        return normalized;
    }
}
