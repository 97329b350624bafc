using System.Text;
using System.Text.Json;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>
/// The index of bundled grammars is written from the grammar packages' manifests, so that a build reads no manifest
/// (issue 14: reading them was a tenth of a small site's highlighting). A new version of TextMateSharp.Grammars fails
/// here until the index is written again: run the tests with SFD_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class BundledGrammarIndexTests
{
    private const string Prefix = "TextMateSharp.Grammars.Resources.Grammars.";
    private const string ManifestSuffix = ".package.json";

    private static readonly System.Reflection.Assembly Resources = typeof(TextMateSharp.Grammars.RegistryOptions).Assembly;

    [Fact]
    public void The_index_lists_every_grammar_the_package_manifests_declare()
    {
        var path = Path.Combine(RepoPaths.Root, "src", "SalesForDevs", "Rendering", "Markdown", "Extensions", "Highlighting", "BundledGrammarIndex.cs");
        Golden.Match(path, Source(FromManifests()));
    }

    [Fact]
    public void The_compiled_index_is_the_one_the_manifests_give()
    {
        Assert.Equal(FromManifests(), BundledGrammarIndex.All.Select(g => new BundledGrammarIndex.Entry(g.Language, g.ScopeName, g.Resource)));
    }

    [Fact]
    public void A_scope_that_several_packages_declare_has_the_same_grammar_file_in_each()
    {
        // The index answers with the first package in name order, as TextMateSharp's own index does; where packages
        // share a scope (diff and git), the files must be the same for the choice not to matter.
        foreach (var group in FromManifests().GroupBy(g => g.ScopeName).Where(g => g.Select(e => e.Resource).Distinct().Count() > 1))
        {
            var contents = group.Select(e => Read(e.Resource)).ToList();
            Assert.All(contents, c => Assert.Equal(contents[0], c));
        }
    }

    // Packages in name order, grammars in the order each manifest lists them; a grammar file a package lists but does
    // not ship (source.js.regexp) is left out, as no reader could find it.
    private static List<BundledGrammarIndex.Entry> FromManifests()
    {
        var names = Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(ManifestSuffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^ManifestSuffix.Length])
            .Where(n => !n.Contains('.'))
            .Order(StringComparer.Ordinal);
        var entries = new List<BundledGrammarIndex.Entry>();
        foreach (var name in names)
        {
            using var stream = Resources.GetManifestResourceStream(Prefix + name + ManifestSuffix)!;
            using var manifest = JsonDocument.Parse(stream);
            if (!manifest.RootElement.TryGetProperty("contributes", out var contributes) || !contributes.TryGetProperty("grammars", out var list)) continue;
            foreach (var entry in list.EnumerateArray())
            {
                if (!entry.TryGetProperty("scopeName", out var scope) || !entry.TryGetProperty("path", out var file)) continue;
                var language = entry.TryGetProperty("language", out var id) ? id.GetString() : null;
                // "./syntaxes/csharp.tmLanguage.json" is the resource csharp.syntaxes.csharp.tmLanguage.json.
                var relative = file.GetString()!;
                if (relative.StartsWith("./", StringComparison.Ordinal)) relative = relative[2..];
                var resource = name + "." + relative.Replace('/', '.');
                if (Resources.GetManifestResourceInfo(Prefix + resource) is null) continue;
                entries.Add(new BundledGrammarIndex.Entry(language, scope.GetString()!, resource));
            }
        }
        return entries;
    }

    private static byte[] Read(string resource)
    {
        using var stream = Resources.GetManifestResourceStream(Prefix + resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Source(List<BundledGrammarIndex.Entry> entries)
    {
        var version = Resources.GetName().Version;
        var text = new StringBuilder();
        text.Append("// Written by BundledGrammarIndexTests from the package manifests of TextMateSharp.Grammars ").Append(version).Append(";\n");
        text.Append("// run the tests with SFD_UPDATE_GOLDEN=1 to write it again.\n");
        text.Append("namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;\n\n");
        text.Append("/// <summary>\n");
        text.Append("/// The grammars bundled in TextMateSharp.Grammars as their packages' manifests declare them: packages in name order,\n");
        text.Append("/// which is the order TextMateSharp's own index searches, and each package's grammars in its manifest's order.\n");
        text.Append("/// A resource is named after the package and the file (csharp.syntaxes.csharp.tmLanguage.json).\n");
        text.Append("/// </summary>\n");
        text.Append("internal static class BundledGrammarIndex\n{\n");
        text.Append("    /// <summary>A grammar: the VS Code language id it serves (if any), its scope name and its resource.</summary>\n");
        text.Append("    internal sealed record Entry(string? Language, string ScopeName, string Resource);\n\n");
        text.Append("    public static readonly Entry[] All =\n    [\n");
        foreach (var e in entries)
            text.Append("        new(").Append(e.Language is null ? "null" : Quote(e.Language)).Append(", ").Append(Quote(e.ScopeName)).Append(", ").Append(Quote(e.Resource)).Append("),\n");
        text.Append("    ];\n}\n");
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
