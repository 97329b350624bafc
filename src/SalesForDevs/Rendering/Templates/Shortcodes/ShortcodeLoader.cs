using System.Text.RegularExpressions;
using Scriban;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Files;

namespace SalesForDevs.Rendering.Templates.Shortcodes;

/// <summary>
/// Loads the shortcodes a site can call: the theme's <c>shortcodes/*.scriban</c>, then the site's own
/// <c>shortcodes/*.scriban</c>, which replace the theme's of the same name (as the site's <c>layouts/</c> replace
/// layouts). Syntax errors and bad signatures are reported at file:line:col.
/// </summary>
internal static partial class ShortcodeLoader
{
    public const string Folder = "shortcodes";

    public static IReadOnlyDictionary<string, ShortcodeTemplate> Load(ThemeFiles theme, string siteDirectory, DiagnosticBag diagnostics)
    {
        var sources = new SortedDictionary<string, (string DisplayPath, Func<byte[]> Read)>(StringComparer.Ordinal);
        foreach (var path in theme.List(Folder, diagnostics).Where(p => p.EndsWith(ThemeLoader.Extension, StringComparison.Ordinal)))
            sources[path[(Folder.Length + 1)..^ThemeLoader.Extension.Length]] = (theme.Display(path), () => theme.ReadBytes(path));
        var own = Path.Combine(siteDirectory, Folder);
        foreach (var file in SiteFileWalker.Files(siteDirectory, own, diagnostics, ThemeLoader.Extension))
        {
            var name = SitePaths.Normalize(Path.GetRelativePath(own, file))[..^ThemeLoader.Extension.Length];
            sources[name] = (SitePaths.Normalize(Path.GetRelativePath(siteDirectory, file)), () => File.ReadAllBytes(file));
        }

        var shortcodes = new Dictionary<string, ShortcodeTemplate>(StringComparer.Ordinal);
        foreach (var (name, (displayPath, read)) in sources)
        {
            if (!Name().IsMatch(name))
            {
                diagnostics.Error("shortcode-name", $"`{name}` is not a shortcode name: name the file with letters, digits, '-' and '_', starting with a letter, directly in {Folder}/",
                    new SourceLocation(displayPath));
                continue;
            }
            var source = SourceText.Decode(read(), displayPath, diagnostics);
            if (source is null) continue;
            var template = Template.Parse(source, displayPath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Error("template-syntax", message.Message, TemplateErrors.Location(displayPath, message.Span));
                continue;
            }
            shortcodes[name] = new ShortcodeTemplate(name, displayPath, template, ShortcodeSignature.Read(source, displayPath, diagnostics)) { Source = source };
        }
        return shortcodes;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex Name();
}
