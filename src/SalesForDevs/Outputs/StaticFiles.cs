using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Files;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Outputs;

/// <summary>Files copied as they are: the theme's assets/ to /assets/, then content/static/ to the site root (so a site can override a theme asset).</summary>
internal static class StaticFiles
{
    public static IReadOnlyList<OutputFile> Collect(string siteDirectory, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var path in theme.List("assets", diagnostics))
        {
            // A folder theme's files are copied from disk; a built-in theme's come from inside sfd.
            files[path] = theme is FolderThemeFiles folder
                ? OutputFile.Copy(path, folder.FullPath(path))
                : OutputFile.Data(path, theme.ReadBytes(path));
        }
        Add(files, siteDirectory, Path.Combine(siteDirectory, "content", "static"), "", diagnostics);
        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static void Add(Dictionary<string, OutputFile> files, string siteDirectory, string folder, string prefix, DiagnosticBag diagnostics)
    {
        foreach (var file in SiteFileWalker.Files(siteDirectory, folder, diagnostics))
        {
            var path = prefix + SitePaths.Normalize(Path.GetRelativePath(folder, file));
            files[path] = OutputFile.Copy(path, file);
        }
    }
}
