using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Files;

namespace SalesForDevs.Rendering.Templates;

/// <summary>A theme in a folder of the site, <c>themes/NAME/</c>; its files are listed by the site's link rules.</summary>
internal sealed class FolderThemeFiles(string name, string directory, string displayRoot, string siteDirectory) : ThemeFiles(name, displayRoot)
{
    public override string Directory { get; } = directory;

    public override IReadOnlyList<string> List(string folder, DiagnosticBag diagnostics) =>
        SiteFileWalker.Files(siteDirectory, Path.Combine(Directory, folder), diagnostics)
            .Select(SitePaths.FromFileSystem(Directory))
            .Order(StringComparer.Ordinal)
            .ToList();

    public override Stream Open(string path) => File.OpenRead(FullPath(path));

    /// <summary>The file-system path of a theme path.</summary>
    public string FullPath(string path) => SitePaths.ToFileSystem(Directory, path);
}
