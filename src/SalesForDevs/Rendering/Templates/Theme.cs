namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// A theme's templates, parsed once per build. Names are paths under layouts/ without the extension:
/// "post", "base", "partials/sidebar". A site's own layouts/ folder overrides the theme's file of the same name.
/// </summary>
public sealed class Theme(string name, string directory, IReadOnlyDictionary<string, ThemeTemplate> templates)
{
    public string Name { get; } = name;
    /// <summary>The theme's folder; its assets/ folder is copied to the site's /assets/.</summary>
    public string Directory { get; } = directory;
    public IReadOnlyDictionary<string, ThemeTemplate> Templates { get; } = templates;

    public ThemeTemplate? Find(string name) => Templates.GetValueOrDefault(name);

    public bool Has(string name) => Templates.ContainsKey(name);
}
