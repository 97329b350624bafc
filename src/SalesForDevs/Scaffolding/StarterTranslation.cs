using SalesForDevs.Languages;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Scaffolding;

/// <summary>
/// For a language the built-in theme has no words for (<c>sfd init --language fr</c>), the site's own <c>i18n/fr.yml</c>:
/// the theme's English to translate, so the new site builds at once instead of stopping at an unknown language.
/// </summary>
internal static class StarterTranslation
{
    private const string Theme = "default";

    /// <returns>The file, or null when the theme already speaks the language (or a shorter tag of it).</returns>
    public static StarterFile? Write(string language)
    {
        var theme = BuiltInThemeFiles.Find(Theme)!;
        var have = theme.List(TranslationLoader.Folder, new Diagnostics.DiagnosticBag())
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (LanguageTag.Primary(language) == TranslationLoader.DefaultLanguage || LanguageTag.Chain(language).Any(have.Contains)) return null;

        using var reader = new StreamReader(theme.Open($"{TranslationLoader.Folder}/{TranslationLoader.DefaultLanguage}{TranslationLoader.Extension}"));
        var english = reader.ReadToEnd().Replace("\r\n", "\n");
        var header = $"# The words of this site in `{language}`. sfd has none for this language yet, so this is its English:\n"
                     + "# translate the values (dates and plural forms too) and keep the keys.\n";
        return new StarterFile($"{TranslationLoader.Folder}/{language}{TranslationLoader.Extension}", header + english);
    }
}
