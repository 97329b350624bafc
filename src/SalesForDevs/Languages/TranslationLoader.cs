using SalesForDevs.Diagnostics;
using SalesForDevs.Yaml;

namespace SalesForDevs.Languages;

/// <summary>
/// Reads the i18n files the site's language needs. For <c>pt-BR</c> the lookup order is: the site's
/// <c>i18n/pt-BR.yml</c>, the theme's <c>i18n/pt-BR.yml</c>, the same two for <c>pt</c>, then English (the site's,
/// the theme's, and the English built into sfd). A language neither the site nor the theme has a file for is an error
/// at site.yml's <c>language</c>, naming the languages there are.
/// </summary>
internal static class TranslationLoader
{
    public const string Folder = "i18n";
    public const string Extension = ".yml";
    public const string DefaultLanguage = "en";

    /// <summary>Where the English sfd ships lives among the library's resources (the default theme, embedded).</summary>
    private const string BuiltInResource = "sfd/themes/default/i18n/en.yml";
    private const string BuiltInDisplay = "(built-in)/themes/default/i18n/en.yml";

    private static readonly HashSet<string> PluralForms = new(PluralRules.Forms, StringComparer.Ordinal);

    internal static readonly Lazy<Translations> BuiltInEnglish = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var layer = Read(new TranslationFile(DefaultLanguage, BuiltInDisplay, ReadBuiltIn), diagnostics);
        if (layer is null || diagnostics.HasErrors) throw new InvalidOperationException($"{BuiltInDisplay} is broken: {string.Join("; ", diagnostics.Sorted())}");
        return new Translations(DefaultLanguage, [layer]);
    });

    /// <param name="language">site.yml's <c>language</c>.</param>
    /// <param name="languageAt">Where site.yml sets it (for the error when no file has the language).</param>
    /// <param name="site">The site's own <c>i18n/*.yml</c>, which override single strings of the theme's.</param>
    /// <param name="theme">The theme's <c>i18n/*.yml</c>.</param>
    /// <param name="themeName">The theme, for messages.</param>
    /// <returns>The strings, or null with the errors in <paramref name="diagnostics"/>.</returns>
    public static Translations? Load(string language, SourceLocation languageAt, IReadOnlyList<TranslationFile> site, IReadOnlyList<TranslationFile> theme,
        string themeName, DiagnosticBag diagnostics)
    {
        var chain = LanguageTag.Chain(language);
        var wanted = chain.Concat(chain.Contains(DefaultLanguage, StringComparer.OrdinalIgnoreCase) ? [] : [DefaultLanguage]).ToList();
        var isEnglish = LanguageTag.Primary(language) == DefaultLanguage;
        if (!isEnglish && !chain.Any(tag => Pick(site, tag) is not null || Pick(theme, tag) is not null))
        {
            var have = theme.Select(f => f.Language).Order(StringComparer.Ordinal).ToList();
            var own = site.Select(f => f.Language).Order(StringComparer.Ordinal).ToList();
            diagnostics.Error("unknown-language",
                $"language `{language}` has no strings: theme `{themeName}` has i18n files for {(have.Count == 0 ? "no language" : string.Join(", ", have))}"
                + (own.Count == 0 ? "" : $" and the site's i18n/ folder for {string.Join(", ", own)}")
                + $"; add i18n/{language}{Extension} to the site (copy the theme's en{Extension} and translate it), or pick one of those",
                languageAt);
            return null;
        }

        var layers = new List<TranslationLayer>();
        foreach (var tag in wanted)
        {
            foreach (var file in new[] { Pick(site, tag), Pick(theme, tag) })
                if (file is not null && Read(file, diagnostics) is { } layer) layers.Add(layer);
        }
        if (diagnostics.HasErrors) return null;
        layers.Add(BuiltInEnglish.Value.Layers[0]);
        ReportUnknownSiteKeys(layers, site, diagnostics);
        return new Translations(language, layers);
    }

    /// <summary>The site's own <c>i18n/*.yml</c> files (none when it has no such folder).</summary>
    public static IReadOnlyList<TranslationFile> SiteFiles(string siteDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteDirectory, Folder);
        if (!Directory.Exists(folder)) return [];
        return Files.SiteFileWalker.Files(siteDirectory, folder, diagnostics, Extension)
            .Where(f => Path.GetDirectoryName(f) == folder)
            .Select(f => new TranslationFile(Path.GetFileNameWithoutExtension(f), Folder + "/" + Path.GetFileName(f), () => File.ReadAllBytes(f)))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The file for <paramref name="tag"/>; language tags are case-insensitive (pt-br.yml serves pt-BR).</summary>
    private static TranslationFile? Pick(IReadOnlyList<TranslationFile> files, string tag) =>
        files.Where(f => string.Equals(f.Language, tag, StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.Language, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>A key of the site's own file that no theme or engine string has is likely a typo: a warning with the closest key.</summary>
    private static void ReportUnknownSiteKeys(List<TranslationLayer> layers, IReadOnlyList<TranslationFile> site, DiagnosticBag diagnostics)
    {
        var sitePaths = site.Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var known = layers.Where(l => !sitePaths.Contains(l.DisplayPath)).SelectMany(l => l.Entries.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var layer in layers.Where(l => sitePaths.Contains(l.DisplayPath)))
        {
            foreach (var (key, entry) in layer.Entries.Where(e => !known.Contains(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var guess = KeySuggester.Closest(key, known);
                diagnostics.Warning("unknown-translation", $"`{key}` is not a string the theme or sfd uses" + (guess is null ? "" : $"; did you mean `{guess}`?"), entry.At);
            }
        }
    }

    private static byte[] ReadBuiltIn()
    {
        using var stream = typeof(TranslationLoader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"{BuiltInResource} is not embedded in the library");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    internal static TranslationLayer? Read(TranslationFile file, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(file.Read(), file.DisplayPath, diagnostics);
        if (text is null) return null;
        var root = YamlTreeReader.Read(text, file.DisplayPath, 0, diagnostics);
        if (root is null) return diagnostics.HasErrors ? null : new TranslationLayer(file.DisplayPath, new Dictionary<string, Translation>(), text, file.Language);
        if (root is not YamlMapping mapping)
        {
            diagnostics.Error("bad-translation", "an i18n file must be a mapping of keys to strings, as in `read_more: Read more`", At(file, root));
            return null;
        }
        var entries = new Dictionary<string, Translation>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
        {
            if (Entry(file, key.Value, value, diagnostics) is { } entry) entries[key.Value] = entry;
        }
        return new TranslationLayer(file.DisplayPath, entries, text, file.Language);
    }

    private static Translation? Entry(TranslationFile file, string key, YamlNode value, DiagnosticBag diagnostics)
    {
        var at = At(file, value);
        if (key == SearchWords.StopWordsKey)
        {
            if (value is YamlSequence words && words.Items.All(i => i is YamlScalar { IsPlainNull: false }))
                return new Translation.Names(words.Items.Cast<YamlScalar>().Select(s => s.Value).ToList(), at);
            diagnostics.Error("bad-translation", $"`{key}` must be a list of words, as in `{key}: [the, and, of]` (`[]` for none)", at);
            return null;
        }
        if (DateNames.Lists.TryGetValue(key, out var count))
        {
            if (value is YamlSequence list && list.Items.Count == count && list.Items.All(i => i is YamlScalar { IsPlainNull: false }))
                return new Translation.Names(list.Items.Cast<YamlScalar>().Select(s => s.Value).ToList(), at);
            diagnostics.Error("bad-translation", $"`{key}` must be a list of {count} names, as in `{key}: [{(count == 12 ? "January, February, …" : "Sunday, Monday, …")}]` ({(count == 7 ? "Sunday first" : "January first")})", at);
            return null;
        }
        switch (value)
        {
            case YamlScalar { IsPlainNull: false } scalar:
                return new Translation.Text(scalar.Value, at);
            case YamlMapping forms:
                var result = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var form in forms.Entries)
                {
                    if (!PluralForms.Contains(form.Key.Value))
                    {
                        var guess = KeySuggester.Closest(form.Key.Value, PluralForms);
                        diagnostics.Error("bad-translation", $"`{key}.{form.Key.Value}` is not a plural form (zero, one, two, few, many, other)" + (guess is null ? "" : $"; did you mean `{guess}`?"), At(file, form.Key));
                    }
                    else if (form.Value is YamlScalar { IsPlainNull: false } text) result[form.Key.Value] = text.Value;
                    else diagnostics.Error("bad-translation", $"`{key}.{form.Key.Value}` must be a string", At(file, form.Value));
                }
                if (!result.ContainsKey("other"))
                {
                    diagnostics.Error("bad-translation", $"`{key}` has plural forms but no `other`, the form every language uses", at);
                    return null;
                }
                return new Translation.Plural(result, at);
            default:
                diagnostics.Error("bad-translation", $"`{key}` must be a string, or plural forms such as `{{ one: \"{{count}} part\", other: \"{{count}} parts\" }}`", at);
                return null;
        }
    }

    private static SourceLocation At(TranslationFile file, YamlNode node) => new(file.DisplayPath, node.Line, node.Column);
}
