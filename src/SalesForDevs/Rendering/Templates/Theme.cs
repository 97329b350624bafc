namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// A theme's templates, parsed once per build. Names are paths under layouts/ without the extension:
/// "post", "base", "partials/sidebar". A site's own layouts/ folder overrides the theme's file of the same name.
/// </summary>
internal sealed class Theme(ThemeFiles files, IReadOnlyDictionary<string, ThemeTemplate> templates)
{
    public string Name => Files.Name;

    /// <summary>Where the theme's files are (a site folder or sfd itself); its assets/ folder is copied to the site's /assets/.</summary>
    public ThemeFiles Files { get; } = files;

    public IReadOnlyDictionary<string, ThemeTemplate> Templates { get; } = templates;

    /// <summary>The shortcodes markdown may call, by name: the theme's shortcodes/ folder, overridden by the site's.</summary>
    public IReadOnlyDictionary<string, Shortcodes.ShortcodeTemplate> Shortcodes { get; init; } = new Dictionary<string, Shortcodes.ShortcodeTemplate>();

    public ThemeTemplate? Find(string name) => Templates.GetValueOrDefault(name);

    public bool Has(string name) => Templates.ContainsKey(name);
}
