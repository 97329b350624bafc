namespace SalesForDevs.Yaml;

/// <summary>A YAML node that remembers where it stood in its file (1-based line and column), so every error can point at it.</summary>
internal abstract record YamlNode(int Line, int Column);

/// <summary>A scalar. <see cref="IsPlainNull"/> is true for an unquoted empty value, <c>~</c> or <c>null</c>.</summary>
internal sealed record YamlScalar(string Value, bool Quoted, int Line, int Column) : YamlNode(Line, Column)
{
    public bool IsPlainNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>A mapping in source order. Duplicate keys are reported by the reader and never kept silently.</summary>
internal sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    public YamlEntry? Find(string key)
    {
        // A loop, not LINQ: front matter asks for some twenty keys, and each query allocated.
        for (var i = 0; i < Entries.Count; i++)
            if (Entries[i].Key.Value == key) return Entries[i];
        return null;
    }
}
