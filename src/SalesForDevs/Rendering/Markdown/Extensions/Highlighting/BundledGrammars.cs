using System.Buffers;
using System.Reflection;
using System.Text.Json;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Finds the grammars bundled in TextMateSharp.Grammars, reading a grammar package's manifest only when a language
/// or scope needs it. TextMateSharp's own RegistryOptions reads all fifty manifests, their language configurations
/// and snippets up front (about a third of the first highlighted block's cost), and loads a color theme we never use:
/// we write scope classes, not colors, so the theme here is empty. Tokens do not depend on the theme.
/// Not thread-safe, like the registry that calls it.
/// </summary>
internal sealed class BundledGrammars : IRegistryOptions
{
    private const string Prefix = "TextMateSharp.Grammars.Resources.Grammars.";
    private const string ManifestSuffix = ".package.json";

    // Language ids whose grammar package has another name; every other id names its own package (csharp, sql...).
    private static readonly Dictionary<string, string> PackageOf = new(StringComparer.Ordinal)
    {
        ["javascriptreact"] = "javascript", ["typescript"] = "typescriptbasics", ["typescriptreact"] = "typescriptbasics",
        ["jsonc"] = "json", ["dockerfile"] = "docker", ["c"] = "cpp",
    };

    private static readonly Assembly Resources = typeof(TextMateSharp.Grammars.RegistryOptions).Assembly;

    private readonly List<Package> _read = [];
    private readonly HashSet<string> _readNames = new(StringComparer.Ordinal);
    private bool _readAll;

    /// <summary>The scope name of a VS Code language id's grammar (csharp: source.cs), or null when no bundled grammar has it.</summary>
    public string? ScopeOf(string languageId)
    {
        ReadPackage(PackageOf.GetValueOrDefault(languageId, languageId));
        return Find(g => g.Language == languageId)?.ScopeName;
    }

    public IRawGrammar? GetGrammar(string scopeName)
    {
        var grammar = Find(g => g.ScopeName == scopeName);
        if (grammar is null) return null;
        using var stream = Resources.GetManifestResourceStream(grammar.Resource);
        if (stream is null) return null;
        if (grammar.Resource.EndsWith(".json", StringComparison.Ordinal))
        {
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
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    /// <summary>Whether a bundled grammar has the scope (read without reading the grammar).</summary>
    public bool Has(string scopeName) =>
        Find(g => g.ScopeName == scopeName) is { } grammar && Resources.GetManifestResourceInfo(grammar.Resource) is not null;

    /// <summary>The grammar as TextMateSharp's own reader reads it (tests compare it with <see cref="GetGrammar"/>).</summary>
    internal IRawGrammar? GetGrammarWithLibraryReader(string scopeName)
    {
        var grammar = Find(g => g.ScopeName == scopeName);
        if (grammar is null) return null;
        using var stream = Resources.GetManifestResourceStream(grammar.Resource);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    /// <summary>The scope names of every bundled grammar.</summary>
    internal IEnumerable<string> AllScopeNames()
    {
        Find(_ => false);
        return _read.SelectMany(p => p.Grammars).Select(g => g.ScopeName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public ICollection<string>? GetInjections(string scopeName) => null;

    public IRawTheme? GetTheme(string scopeName) => null;

    public IRawTheme GetDefaultTheme()
    {
        using var reader = new StreamReader(new MemoryStream("{\"name\":\"none\",\"settings\":[]}"u8.ToArray()));
        return ThemeReader.ReadThemeSync(reader);
    }

    /// <summary>
    /// The first grammar that matches, in the packages read so far; failing that, all packages are read and searched
    /// in name order, which is the order TextMateSharp's own index uses (where two packages share a grammar, as diff
    /// and git do, the same file wins).
    /// </summary>
    private Grammar? Find(Func<Grammar, bool> match)
    {
        foreach (var package in _read)
            foreach (var grammar in package.Grammars)
                if (match(grammar)) return grammar;
        if (_readAll) return null;
        _readAll = true;
        foreach (var name in AllPackageNames()) ReadPackage(name);
        foreach (var package in _read.OrderBy(p => p.Name, StringComparer.Ordinal))
            foreach (var grammar in package.Grammars)
                if (match(grammar)) return grammar;
        return null;
    }

    private static IEnumerable<string> AllPackageNames() =>
        Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(ManifestSuffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^ManifestSuffix.Length])
            .Where(n => !n.Contains('.'))
            .Order(StringComparer.Ordinal);

    private void ReadPackage(string name)
    {
        if (!_readNames.Add(name)) return;
        using var stream = Resources.GetManifestResourceStream(Prefix + name + ManifestSuffix);
        if (stream is null) return;
        using var manifest = JsonDocument.Parse(stream);
        var grammars = new List<Grammar>();
        if (manifest.RootElement.TryGetProperty("contributes", out var contributes) && contributes.TryGetProperty("grammars", out var list))
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (!entry.TryGetProperty("scopeName", out var scope) || !entry.TryGetProperty("path", out var path)) continue;
                var language = entry.TryGetProperty("language", out var id) ? id.GetString() : null;
                // "./syntaxes/csharp.tmLanguage.json" is the resource csharp.syntaxes.csharp.tmLanguage.json.
                var file = path.GetString()!;
                if (file.StartsWith("./", StringComparison.Ordinal)) file = file[2..];
                grammars.Add(new Grammar(language, scope.GetString()!, Prefix + name + "." + file.Replace('/', '.')));
            }
        }
        _read.Add(new Package(name, grammars));
    }

    private sealed record Package(string Name, List<Grammar> Grammars);

    private sealed record Grammar(string? Language, string ScopeName, string Resource);
}
