using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Scaffolding;

/// <summary>
/// <c>sfd theme copy [NAME]</c>: writes a theme built into sfd into the site's <c>themes/NAME/</c>, where the author
/// can change it. The build prefers a site's own folder to the built-in theme, so the copy is used from then on
/// (under another name, once site.yml says <c>theme: NAME</c>). A folder that already has files is left alone.
/// </summary>
internal static class ThemeCopier
{
    public const string BuiltInName = "default";

    /// <param name="siteDirectory">The site folder (with site.yml).</param>
    /// <param name="name">The folder name under themes/ for the copy.</param>
    public static ThemeCopyResult Copy(string siteDirectory, string name)
    {
        var problems = new DiagnosticBag();
        if (name.Length == 0 || name is "." or ".." || name.IndexOfAny(['/', '\\', .. Path.GetInvalidFileNameChars()]) >= 0)
        {
            problems.Error("theme-name", $"\"{name}\" cannot be a theme's folder name; use letters, digits and '-', such as my-theme");
            return new ThemeCopyResult(false, null, [], problems.Sorted());
        }
        var theme = BuiltInThemeFiles.Find(BuiltInName)!;
        var target = Path.Combine(siteDirectory, "themes", name);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            problems.Error("theme-exists", $"themes/{name}/ already exists and is not empty; nothing was copied. Pass another name, or move that folder away first");
            return new ThemeCopyResult(false, target, [], problems.Sorted());
        }

        var written = new List<string>();
        foreach (var path in theme.All)
        {
            var full = SitePaths.ToFileSystem(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var source = theme.Open(path);
            using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            source.CopyTo(file);
            written.Add($"themes/{name}/{path}");
        }
        // The copy is used when site.yml names it; a site.yml that does not load says nothing either way.
        var config = Configuration.SiteConfigLoader.Load(siteDirectory, new DiagnosticBag());
        return new ThemeCopyResult(true, target, written, []) { InUse = config is null || config.Theme == name };
    }
}
