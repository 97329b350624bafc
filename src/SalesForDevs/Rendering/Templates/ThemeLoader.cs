using Scriban;
using Scriban.Parsing;
using SalesForDevs.Diagnostics;
using SalesForDevs.Files;

namespace SalesForDevs.Rendering.Templates;

/// <summary>Finds and parses every template of the theme (and the site's overrides) once, reporting syntax errors at file:line:col.</summary>
public static class ThemeLoader
{
    public const string Extension = ".scriban";

    /// <summary>Layouts every theme must have; the rest are optional.</summary>
    public static readonly string[] RequiredLayouts = ["base", "post", "page", "list", "archive", "tag", "tags", "series", "404"];

    public static Theme? Load(string siteDirectory, string themeName, DiagnosticBag diagnostics)
    {
        var themeDirectory = Path.Combine(siteDirectory, "themes", themeName);
        if (!Directory.Exists(themeDirectory))
        {
            var known = Directory.Exists(Path.Combine(siteDirectory, "themes"))
                ? Directory.GetDirectories(Path.Combine(siteDirectory, "themes")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();
            diagnostics.Error("unknown-theme", $"theme `{themeName}` not found: there is no folder themes/{themeName}/ (themes here: {string.Join(", ", known)})",
                new SourceLocation("site.yml"));
            return null;
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddLayouts(files, siteDirectory, Path.Combine(themeDirectory, "layouts"), diagnostics);
        AddLayouts(files, siteDirectory, Path.Combine(siteDirectory, "layouts"), diagnostics);

        var templates = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        foreach (var (name, path) in files)
        {
            var relative = Path.GetRelativePath(siteDirectory, path).Replace('\\', '/');
            var source = File.ReadAllText(path);
            var template = Template.Parse(source, relative);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Error("template-syntax", message.Message, TemplateErrors.Location(relative, message.Span));
                continue;
            }
            templates[name] = new ThemeTemplate(name, relative, template) { Source = source };
        }
        foreach (var missing in RequiredLayouts.Where(l => !files.ContainsKey(l)))
            diagnostics.Error("missing-layout", $"theme `{themeName}` has no layouts/{missing}{Extension}; every theme needs {string.Join(", ", RequiredLayouts)}",
                new SourceLocation(Path.GetRelativePath(siteDirectory, themeDirectory).Replace('\\', '/')));
        return new Theme(themeName, themeDirectory, templates);
    }

    private static void AddLayouts(SortedDictionary<string, string> files, string siteDirectory, string layouts, DiagnosticBag diagnostics)
    {
        foreach (var file in SiteFileWalker.Files(siteDirectory, layouts, diagnostics, Extension))
        {
            var name = Path.GetRelativePath(layouts, file).Replace('\\', '/');
            files[name[..^Extension.Length]] = file;
        }
    }
}

/// <summary>Maps Scriban spans (0-based) to our 1-based locations.</summary>
internal static class TemplateErrors
{
    public static SourceLocation Location(string path, SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? path : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
