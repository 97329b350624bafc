using System.Buffers;
using System.Reflection;
using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Finds the grammars bundled in TextMateSharp.Grammars through <see cref="BundledGrammarIndex"/>, written from the
/// packages' manifests when sfd is built. TextMateSharp's own RegistryOptions reads all fifty manifests, their language
/// configurations and snippets up front (about a third of the first highlighted block's cost), and loads a color theme we
/// never use: we write scope classes, not colors, so the theme here is empty. Tokens do not depend on the theme.
/// </summary>
internal sealed class BundledGrammars : IRegistryOptions
{
    private const string Prefix = "TextMateSharp.Grammars.Resources.Grammars.";

    private static readonly Assembly Resources = typeof(TextMateSharp.Grammars.RegistryOptions).Assembly;

    /// <summary>The scope name of a VS Code language id's grammar (csharp: source.cs), or null when no bundled grammar has it.</summary>
    public string? ScopeOf(string languageId)
    {
        foreach (var grammar in BundledGrammarIndex.All)
            if (grammar.Language == languageId) return grammar.ScopeName;
        return null;
    }

    public IRawGrammar? GetGrammar(string scopeName) =>
        ReadJson(scopeName) is { } read ? new OwnedGrammar(read, () => ReadJson(scopeName)!) : ReadOther(scopeName);

    // A .json grammar with the reader of our own; null for a missing grammar or one in another format.
    private static Raw? ReadJson(string scopeName)
    {
        var grammar = Find(scopeName);
        if (grammar is null || !grammar.Resource.EndsWith(".json", StringComparison.Ordinal)) return null;
        using var stream = Resources.GetManifestResourceStream(Prefix + grammar.Resource);
        if (stream is null) return null;
        // Grammars run to a megabyte: a pooled buffer, not a fresh large array (and a full collection) per grammar.
        var length = (int)stream.Length;
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(bytes, 0, length);
            return GrammarJsonReader.Read(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static IRawGrammar? ReadOther(string scopeName)
    {
        var grammar = Find(scopeName);
        if (grammar is null) return null;
        if (grammar is null || grammar.Resource.EndsWith(".json", StringComparison.Ordinal)) return null;
        using var stream = Resources.GetManifestResourceStream(Prefix + grammar.Resource);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    /// <summary>Whether a bundled grammar has the scope (read without reading the grammar).</summary>
    public bool Has(string scopeName) => Find(scopeName) is not null;

    /// <summary>The grammar as TextMateSharp's own reader reads it (tests compare it with <see cref="GetGrammar"/>).</summary>
    internal IRawGrammar? GetGrammarWithLibraryReader(string scopeName)
    {
        var grammar = Find(scopeName);
        if (grammar is null) return null;
        using var stream = Resources.GetManifestResourceStream(Prefix + grammar.Resource);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    /// <summary>The scope names of every bundled grammar.</summary>
    internal IEnumerable<string> AllScopeNames() =>
        BundledGrammarIndex.All.Select(g => g.ScopeName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public ICollection<string>? GetInjections(string scopeName) => null;

    public IRawTheme? GetTheme(string scopeName) => null;

    public IRawTheme GetDefaultTheme()
    {
        using var reader = new StreamReader(new MemoryStream("{\"name\":\"none\",\"settings\":[]}"u8.ToArray()));
        return ThemeReader.ReadThemeSync(reader);
    }

    // The first in the index: where two packages share a scope (diff and git), their files are the same.
    private static BundledGrammarIndex.Entry? Find(string scopeName)
    {
        foreach (var grammar in BundledGrammarIndex.All)
            if (grammar.ScopeName == scopeName) return grammar;
        return null;
    }
}
