using SalesForDevs.Diagnostics;

namespace SalesForDevs.Outputs;

/// <summary>Files copied as they are: the theme's assets/ to /assets/, then content/static/ to the site root (so a site can override a theme asset).</summary>
public static class StaticFiles
{
    public static IReadOnlyList<OutputFile> Collect(string siteDirectory, string themeDirectory, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        Add(files, Path.Combine(themeDirectory, "assets"), "assets/");
        Add(files, Path.Combine(siteDirectory, "content", "static"), "");
        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static void Add(Dictionary<string, OutputFile> files, string folder, string prefix)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var path = prefix + Path.GetRelativePath(folder, file).Replace('\\', '/');
            files[path] = OutputFile.Copy(path, file);
        }
    }
}
