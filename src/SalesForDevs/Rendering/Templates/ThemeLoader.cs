using Scriban;
using Scriban.Parsing;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Files;

namespace SalesForDevs.Rendering.Templates;

/// <summary>Finds and parses every template of the theme (and the site's overrides) once, reporting syntax errors at file:line:col.</summary>
internal static class ThemeLoader
{
    /// <summary>Loads the theme every time: what a build does when nothing is kept between builds.</summary>
    public static IThemeLoader Fresh { get; } = new FreshLoader();

    private sealed class FreshLoader : IThemeLoader
    {
        public Theme? LoadTheme(string siteDirectory, string themeName, DiagnosticBag diagnostics) => Load(siteDirectory, themeName, diagnostics);
    }

    public const string Extension = ".scriban";

    /// <summary>Layouts every theme must have; the rest are optional.</summary>
    public static readonly string[] RequiredLayouts = ["base", "post", "page", "list", "archive", "tag", "tags", "series", "404"];

    public static Theme? Load(string siteDirectory, string themeName, DiagnosticBag diagnostics)
    {
        var files = Find(siteDirectory, themeName, diagnostics);
        if (files is null) return null;

        var sources = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var path in files.List("layouts", diagnostics).Where(p => p.EndsWith(Extension, StringComparison.Ordinal)))
            sources[path["layouts/".Length..^Extension.Length]] = new TemplateFile(files.Display(path), () => files.ReadBytes(path));
        AddSiteLayouts(sources, siteDirectory, diagnostics);

        var templates = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        foreach (var (name, file) in sources)
        {
            var source = SourceText.Decode(file.Read(), file.DisplayPath, diagnostics);
            if (source is null) continue;
            var template = Template.Parse(source, file.DisplayPath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Error("template-syntax", message.Message, TemplateErrors.Location(file.DisplayPath, message.Span));
                continue;
            }
            templates[name] = new ThemeTemplate(name, file.DisplayPath, template) { Source = source };
        }
        foreach (var missing in RequiredLayouts.Where(l => !sources.ContainsKey(l)))
            diagnostics.Error("missing-layout", $"theme `{themeName}` has no layouts/{missing}{Extension}; every theme needs {string.Join(", ", RequiredLayouts)}",
                new SourceLocation(files.DisplayRoot));
        return new Theme(files, templates) { Shortcodes = Shortcodes.ShortcodeLoader.Load(files, siteDirectory, diagnostics) };
    }

    /// <summary>
    /// The site's own <c>themes/NAME/</c> folder when it has one (so a copied or hand-made theme wins), otherwise the
    /// theme of that name built into sfd; null, with an error, when there is neither.
    /// </summary>
    public static ThemeFiles? Find(string siteDirectory, string themeName, DiagnosticBag diagnostics)
    {
        var themes = Path.Combine(siteDirectory, "themes");
        var folder = Path.Combine(themes, themeName);
        if (Directory.Exists(folder)) return new FolderThemeFiles(themeName, folder, "themes/" + themeName, siteDirectory);
        if (BuiltInThemeFiles.Find(themeName) is { } builtIn) return builtIn;

        var here = Directory.Exists(themes)
            ? Directory.GetDirectories(themes).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToArray()
            : [];
        var known = here.Length == 0 ? "none" : string.Join(", ", here);
        diagnostics.Error("unknown-theme",
            $"theme `{themeName}` not found: there is no folder themes/{themeName}/ (themes here: {known}; built into sfd: {string.Join(", ", BuiltInThemeFiles.Names)})",
            new SourceLocation("site.yml"));
        return null;
    }

    /// <summary>The theme's <c>i18n/LANG.yml</c> files, one per language.</summary>
    public static IReadOnlyList<Languages.TranslationFile> TranslationFiles(ThemeFiles files, DiagnosticBag diagnostics) =>
        files.List(Languages.TranslationLoader.Folder, diagnostics)
            .Where(p => p.EndsWith(Languages.TranslationLoader.Extension, StringComparison.Ordinal) && p.Count(c => c == '/') == 1)
            .Select(p => new Languages.TranslationFile(p[(p.IndexOf('/') + 1)..^Languages.TranslationLoader.Extension.Length], files.Display(p), () => files.ReadBytes(p)))
            .ToList();

    private static void AddSiteLayouts(SortedDictionary<string, TemplateFile> sources, string siteDirectory, DiagnosticBag diagnostics)
    {
        var layouts = Path.Combine(siteDirectory, "layouts");
        foreach (var file in SiteFileWalker.Files(siteDirectory, layouts, diagnostics, Extension))
        {
            var name = SitePaths.Normalize(Path.GetRelativePath(layouts, file));
            var path = file;
            sources[name[..^Extension.Length]] = new TemplateFile(SitePaths.Normalize(Path.GetRelativePath(siteDirectory, file)), () => File.ReadAllBytes(path));
        }
    }

    private sealed record TemplateFile(string DisplayPath, Func<byte[]> Read);
}

/// <summary>Maps Scriban spans (0-based) to our 1-based locations.</summary>
internal static class TemplateErrors
{
    public static SourceLocation Location(string path, SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? path : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
