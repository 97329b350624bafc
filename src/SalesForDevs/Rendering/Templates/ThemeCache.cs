using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// The last theme that loaded without a problem, kept between builds in one process (sfd serve) while the caller knows
/// that none of its files changed (<see cref="StartBuild"/>): the theme's folder, the site's layouts/ and shortcodes/.
/// A theme built into sfd never changes while it runs.
/// </summary>
internal sealed class ThemeCache : IThemeLoader
{
    private (string Site, string Name, Theme Theme)? _kept;
    private bool _mayReuse;

    /// <summary>Whether the last build used the kept theme instead of parsing its templates again.</summary>
    public bool Reused { get; private set; }

    /// <summary>Site-relative folders whose files make the theme.</summary>
    public static readonly string[] Folders = ["themes", "layouts", "shortcodes"];

    /// <summary>Whether a site-relative path is, or is inside, one of the <see cref="Folders"/>.</summary>
    public static bool IsThemePath(string path) =>
        Folders.Any(f => path == f || path.StartsWith(f + "/", StringComparison.Ordinal));

    /// <param name="changedPaths">Site-relative paths changed since the last build, or null when anything may have changed.</param>
    public void StartBuild(IReadOnlySet<string>? changedPaths)
    {
        _mayReuse = changedPaths is not null && !changedPaths.Any(IsThemePath);
        Reused = false;
    }

    public Theme? LoadTheme(string siteDirectory, string themeName, DiagnosticBag diagnostics)
    {
        if (_mayReuse && _kept is { } kept && kept.Site == siteDirectory && kept.Name == themeName)
        {
            Reused = true;
            return kept.Theme;
        }
        var local = new DiagnosticBag();
        var theme = ThemeLoader.Load(siteDirectory, themeName, local);
        var reported = local.Sorted();
        foreach (var d in reported) diagnostics.Add(d);
        // Only a theme without a message is kept, so a problem is reported on every build until it is fixed.
        _kept = theme is not null && reported.Count == 0 ? (siteDirectory, themeName, theme) : null;
        return theme;
    }
}
