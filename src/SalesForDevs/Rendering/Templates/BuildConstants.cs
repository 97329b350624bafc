using System.Collections;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// The names and values that are the same on every page of a build (<see cref="PartialCache"/> compares a partial's
/// reads with them), without making a builtin object no template reads.
/// </summary>
internal sealed class BuildConstants(IReadOnlyDictionary<string, object?> values, TemplateBuiltins builtins, IEnumerable<string> builtinNames)
    : IReadOnlyDictionary<string, object?>
{
    private readonly HashSet<string> _builtinNames = builtinNames.Where(n => !values.ContainsKey(n)).ToHashSet(StringComparer.Ordinal);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => values.Keys.Concat(_builtinNames);

    public IEnumerable<object?> Values => Keys.Select(k => this[k]);

    public int Count => values.Count + _builtinNames.Count;

    public bool ContainsKey(string key) => values.ContainsKey(key) || _builtinNames.Contains(key);

    public bool TryGetValue(string key, out object? value)
    {
        if (values.TryGetValue(key, out value)) return true;
        value = _builtinNames.Contains(key) ? builtins.Get(key) : null;
        return _builtinNames.Contains(key);
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Keys.Select(k => KeyValuePair.Create(k, this[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
