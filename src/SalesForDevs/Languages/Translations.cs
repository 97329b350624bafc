using System.Globalization;
using System.Text;

namespace SalesForDevs.Languages;

/// <summary>
/// The words of the site's language: the theme's strings and the engine's own (dates, "coming soon", page and feed
/// titles). A key is looked up in each layer in turn (the site's file before the theme's, <c>pt-BR</c> before
/// <c>pt</c>, and English last), so a site overrides single strings and a missing translation shows in English.
/// Dates use names from the files and a .NET date format, never the machine's culture, so builds match everywhere.
/// </summary>
internal sealed class Translations
{
    private readonly IReadOnlyList<TranslationLayer> _layers;
    private readonly DateTimeFormatInfo _dates;
    private readonly string _dateFormat;

    internal Translations(string language, IReadOnlyList<TranslationLayer> layers)
    {
        Language = language;
        _layers = layers;
        _dates = DateNames.Format(this);
        _dateFormat = Text("date_format");
        Search = SearchWords.For(this);
    }

    /// <summary>The stop words and stemmer the search index uses for this language.</summary>
    public SearchWords Search { get; }

    /// <summary>The site's language tag (site.yml <c>language</c>).</summary>
    public string Language { get; }

    /// <summary>The English sfd ships (the default theme's <c>i18n/en.yml</c>), for sites and tests that name no other language.</summary>
    public static Translations English => TranslationLoader.BuiltInEnglish.Value;

    /// <summary>The files looked in, first first: what a message about a missing key lists.</summary>
    public IReadOnlyList<string> Files => _layers.Select(l => l.DisplayPath).ToList();

    public Translation? Find(string key)
    {
        // By index: templates ask on every page, and a foreach over the interface would box its enumerator.
        for (var i = 0; i < _layers.Count; i++)
            if (_layers[i].Entries.TryGetValue(key, out var entry)) return entry;
        return null;
    }

    public bool Has(string key) => Find(key) is not null;

    internal IReadOnlyList<TranslationLayer> Layers => _layers;

    /// <summary>Every file's name and text: equal exactly when the strings are (sfd serve keeps pages until it changes).</summary>
    public string Fingerprint => string.Join("\n\0", _layers.Select(l => l.DisplayPath + "\n" + l.Source));

    /// <summary>
    /// The text of <paramref name="key"/> with its <c>{name}</c> placeholders filled from <paramref name="values"/> (as
    /// written: the caller escapes HTML). With a <paramref name="count"/>, a plural entry picks its form and <c>{count}</c> is filled.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No file has the key (the engine's own keys are all in the built-in English).</exception>
    public string Text(string key, IReadOnlyDictionary<string, object?>? values = null, long? count = null) =>
        TryText(key, values, count) ?? throw new KeyNotFoundException($"no translation `{key}` in {string.Join(", ", Files)}");

    /// <summary>Like <c>Text</c>, or null when no file has the key or it is a list of names.</summary>
    public string? TryText(string key, IReadOnlyDictionary<string, object?>? values = null, long? count = null) =>
        Pattern(key, count) is { } pattern ? Fill(pattern, values, [], count) : null;

    private string? Pattern(string key, long? count) => Find(key) switch
    {
        Translation.Text t => t.Value,
        Translation.Plural p => p.Forms.GetValueOrDefault(PluralRules.Form(Language, count ?? 0, p.Forms.ContainsKey("zero"))) ?? p.Forms["other"],
        _ => null,
    };

    /// <summary>Shorthand for the engine: <c>Text("tag_title", ("tag", name))</c>.</summary>
    public string Text(string key, params (string Name, object? Value)[] values) =>
        Pattern(key, null) is { } pattern ? Fill(pattern, null, values, null) : Text(key);

    /// <summary>The names of a list entry (months, days), or null.</summary>
    public IReadOnlyList<string>? Names(string key) => (Find(key) as Translation.Names)?.Values;

    /// <summary>Like <c>Names</c>, from the files of the site's own language only: for lists that make no sense in
    /// another language (stop words), where English words would be wrong rather than merely untranslated.</summary>
    public IReadOnlyList<string>? OwnNames(string key)
    {
        var primary = LanguageTag.Primary(Language);
        foreach (var layer in _layers)
            if (LanguageTag.Primary(layer.Language) == primary && layer.Entries.TryGetValue(key, out var entry)) return (entry as Translation.Names)?.Values;
        return null;
    }

    /// <summary>A date as pages show it: the language's <c>date_format</c> with its month and day names ("January 5, 2026", "5. Januar 2026").</summary>
    public string Date(DateTimeOffset? date) => date?.ToString(_dateFormat, _dates) ?? "";

    /// <summary>A date in a .NET custom format (<c>yyyy-MM-dd</c>, <c>d MMMM</c>) with the language's names.</summary>
    public string Date(DateTime? date, string format) => date?.ToString(format, _dates) ?? "";

    // Values come either as a map (templates) or as pairs (the engine): pairs need no map made for them.
    private static string Fill(string pattern, IReadOnlyDictionary<string, object?>? values, ReadOnlySpan<(string Name, object? Value)> pairs, long? count)
    {
        if (pattern.IndexOf('{') < 0) return pattern;
        var text = t_text ??= new StringBuilder(256);
        text.Clear();
        for (var i = 0; i < pattern.Length; i++)
        {
            var close = pattern[i] == '{' ? pattern.IndexOf('}', i + 1) : -1;
            if (close > i + 1)
            {
                var name = pattern[(i + 1)..close];
                if (name == "count" && count is { } n) { text.Append(n.ToString(CultureInfo.InvariantCulture)); i = close; continue; }
                if (TryValue(name, values, pairs, out var value))
                {
                    text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    i = close;
                    continue;
                }
            }
            text.Append(pattern[i]);
        }
        return text.ToString();
    }

    [ThreadStatic] private static StringBuilder? t_text;

    private static bool TryValue(string name, IReadOnlyDictionary<string, object?>? values, ReadOnlySpan<(string Name, object? Value)> pairs, out object? value)
    {
        if (values is not null) return values.TryGetValue(name, out value);
        foreach (var pair in pairs)
        {
            if (pair.Name != name) continue;
            value = pair.Value;
            return true;
        }
        value = null;
        return false;
    }
}

/// <summary>The entries of one file, and its name for messages.</summary>
/// <param name="Language">The file's language tag (its name).</param>
internal sealed record TranslationLayer(string DisplayPath, IReadOnlyDictionary<string, Translation> Entries, string Source, string Language);
