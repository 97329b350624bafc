using SalesForDevs.Diagnostics;
using SalesForDevs.Files;

namespace SalesForDevs.Outputs;

/// <summary>Files copied as they are: the theme's assets/ to /assets/, then content/static/ to the site root (so a site can override a theme asset).</summary>
public static class StaticFiles
{
    public static IReadOnlyList<OutputFile> Collect(string siteDirectory, string themeDirectory, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        Add(files, siteDirectory, Path.Combine(themeDirectory, "assets"), "assets/", diagnostics);
        Add(files, siteDirectory, Path.Combine(siteDirectory, "content", "static"), "", diagnostics);
        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static void Add(Dictionary<string, OutputFile> files, string siteDirectory, string folder, string prefix, DiagnosticBag diagnostics)
    {
        foreach (var file in SiteFileWalker.Files(siteDirectory, folder, diagnostics))
        {
            var path = prefix + Path.GetRelativePath(folder, file).Replace('\\', '/');
            files[path] = OutputFile.Copy(path, file);
        }
    }
}
