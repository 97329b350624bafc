using System.Globalization;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Yaml;

/// <summary>
/// Typed, positioned access to one YAML mapping. Each getter reports a wrong type at the value's position
/// and remembers the key as known, so <see cref="ReportUnknownKeys"/> can name any key nobody asked for,
/// with the closest known key as a suggestion.
/// </summary>
internal sealed class YamlMappingReader(YamlMapping mapping, string path, DiagnosticBag diagnostics, string context = "")
{
    // The keys asked for: a short list for front matter (a set cost more than the rest of reading it), a set past that.
    private const int KnownInList = 32;
    // Front matter asks for some twenty keys whatever it holds: the list is made at its full size, never grown.
    private readonly List<string> _known = new(KnownInList);
    private HashSet<string>? _knownSet;

    public YamlMapping Mapping => mapping;

    public DiagnosticBag Diagnostics => diagnostics;

    public SourceLocation At(YamlNode node) => new(path, node.Line, node.Column);

    public SourceLocation Location => At(mapping);

    public YamlNode? Node(string key)
    {
        Know(key);
        var entry = mapping.Find(key);
        return entry is null || entry.Value is YamlScalar { IsPlainNull: true } ? null : entry.Value;
    }

    public bool Has(string key) => Node(key) is not null;

    public string? String(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar s) return s.Value;
        WrongType(key, node, "a text value");
        return null;
    }

    public string? RequiredString(string key)
    {
        var value = String(key);
        if (value is null && mapping.Find(key) is null)
            diagnostics.Error("missing-key", $"{Name(key)} is required but missing", Location);
        else if (string.IsNullOrWhiteSpace(value) && mapping.Find(key) is { } entry)
            diagnostics.Error("missing-key", $"{Name(key)} is required but empty", At(entry.Value));
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public int? Int(string key, int min = int.MinValue)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar { Quoted: false } s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min) return value;
            diagnostics.Error("bad-value", $"{Name(key)} must be at least {min}, not {value}", At(node));
            return null;
        }
        WrongType(key, node, "a whole number");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar { Quoted: false } s)
        {
            switch (s.Value.ToLowerInvariant())
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }
        WrongType(key, node, "true or false");
        return null;
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-item list, as Hugo and Jekyll do for tags.</summary>
    public IReadOnlyList<YamlScalar>? StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null: return null;
            case YamlScalar s: return [s];
            case YamlSequence seq:
                var list = new List<YamlScalar>();
                foreach (var item in seq.Items)
                {
                    if (item is YamlScalar scalar) list.Add(scalar);
                    else WrongType(key, item, "a list of text values");
                }
                return list;
            default:
                WrongType(key, node, "a list of text values");
                return null;
        }
    }

    /// <summary>A nested mapping, read by its own reader (unknown keys inside it are checked when that reader is asked).</summary>
    public YamlMappingReader? Child(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlMapping m) return new YamlMappingReader(m, path, diagnostics, Qualify(key));
        WrongType(key, node, "a mapping of keys and values");
        return null;
    }

    /// <summary>Names every key that no getter asked for, with the closest known key when one is near.</summary>
    public void ReportUnknownKeys()
    {
        HashSet<string>? known = null;
        foreach (var entry in mapping.Entries)
        {
            if (IsKnown(entry.Key.Value)) continue;
            ReportUnknownKey(entry.Key, known ??= _knownSet ?? new HashSet<string>(_known, StringComparer.Ordinal));
        }
    }

    /// <summary>The entries no getter asked for, for a later stage that knows more keys (front matter taxonomies).</summary>
    public IReadOnlyList<YamlEntry> UnknownEntries()
    {
        List<YamlEntry>? unknown = null;
        foreach (var entry in mapping.Entries)
            if (!IsKnown(entry.Key.Value)) (unknown ??= []).Add(entry);
        return unknown ?? (IReadOnlyList<YamlEntry>)[];
    }

    /// <summary>"unknown key `x`" at the key, with the closest of <paramref name="known"/>, or all of them when none is close.</summary>
    public void ReportUnknownKey(YamlScalar key, IReadOnlyCollection<string> known)
    {
        var suggestion = KeySuggester.Closest(key.Value, known);
        var hint = suggestion is null
            ? $"; known keys here: {string.Join(", ", known.Order(StringComparer.Ordinal))}"
            : $"; did you mean `{Qualify(suggestion)}`?";
        diagnostics.Error("unknown-key", $"unknown key `{Qualify(key.Value)}`{hint}", At(key));
    }

    private void Know(string key)
    {
        if (_knownSet is not null) _knownSet.Add(key);
        else if (!_known.Contains(key) && _known.Count < KnownInList) _known.Add(key);
        else if (!_known.Contains(key)) _knownSet = new HashSet<string>(_known, StringComparer.Ordinal) { key };
    }

    private bool IsKnown(string key) => _knownSet?.Contains(key) ?? _known.Contains(key);

    public void Error(YamlNode node, string message) => diagnostics.Error("bad-value", message, At(node));

    public string Qualify(string key) => context.Length == 0 ? key : $"{context}.{key}";

    private string Name(string key) => $"`{Qualify(key)}`";

    private void WrongType(string key, YamlNode node, string expected)
    {
        var got = node switch
        {
            YamlScalar s => $"\"{s.Value}\"",
            YamlSequence => "a list",
            _ => "a mapping",
        };
        diagnostics.Error("wrong-type", $"{Name(key)} must be {expected}, not {got}", At(node));
    }
}
