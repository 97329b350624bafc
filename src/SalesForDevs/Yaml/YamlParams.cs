using System.Collections.ObjectModel;
using System.Globalization;

namespace SalesForDevs.Yaml;

/// <summary>
/// Reads a free-form <c>params</c> mapping (site.yml and front matter) for themes: nested mappings, lists and scalars,
/// with no key checked. Plain scalars get YAML's core types (null, true/false, whole and decimal numbers); quoted ones
/// stay text. Mappings keep their order, and nothing a template gets can be changed by it.
/// </summary>
internal static class YamlParams
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new ParamsMap(new Dictionary<string, object?>());

    /// <summary>The mapping under <paramref name="key"/>, or empty; anything other than a mapping is an error at its position.</summary>
    public static IReadOnlyDictionary<string, object?> Read(YamlMappingReader r, string key = "params")
    {
        var node = r.Node(key);
        if (node is null) return Empty;
        if (node is YamlMapping mapping) return Mapping(mapping);
        r.Error(node, $"`{r.Qualify(key)}` must be a mapping of your own keys and values, such as `{key}: {{ hero: true }}`");
        return Empty;
    }

    private static ParamsMap Mapping(YamlMapping mapping)
    {
        var values = new Dictionary<string, object?>(mapping.Entries.Count, StringComparer.Ordinal);
        foreach (var entry in mapping.Entries) values[entry.Key.Value] = Value(entry.Value);
        return new ParamsMap(values);
    }

    private static object? Value(YamlNode node) => node switch
    {
        YamlMapping m => Mapping(m),
        YamlSequence s => new ReadOnlyCollection<object?>(s.Items.Select(Value).ToList()),
        YamlScalar { Quoted: true } q => q.Value,
        YamlScalar p => Plain(p.Value),
        _ => null,
    };

    private static object? Plain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
            && text.Any(char.IsDigit)) return number;
        return text;
    }
}
