using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>
/// The lazy grammar index finds the same grammars as TextMateSharp's own RegistryOptions, which reads every package
/// up front, and so tokenizes exactly alike (issue 14: highlighting start-up).
/// </summary>
public sealed class BundledGrammarsTests
{
    // Every language id CodeLanguages can hand out, plus two it does not list, whose lookups read every package.
    public static TheoryData<string> LanguageIds() =>
        new(["csharp", "fsharp", "javascript", "javascriptreact", "typescript", "typescriptreact", "python", "shellscript", "powershell",
            "json", "jsonc", "yaml", "xml", "html", "css", "scss", "sql", "go", "rust", "java", "diff", "c", "cpp", "ruby", "php",
            "dockerfile", "ini", "toml", "kotlin", "swift", "nosuchlanguage"]);

    [Theory]
    [MemberData(nameof(LanguageIds))]
    public void A_language_gets_the_scope_TextMateSharps_index_gives_it(string languageId)
    {
        var expected = new RegistryOptions(ThemeName.LightPlus).GetScopeByLanguageId(languageId);
        Assert.Equal(expected, new BundledGrammars().ScopeOf(languageId));
    }

    [Theory]
    [MemberData(nameof(LanguageIds))]
    public void A_language_tokenizes_exactly_as_with_TextMateSharps_index(string languageId)
    {
        // HTML embeds CSS and JavaScript, so this also resolves scopes that no fence named.
        string[] lines = ["<p class=\"x\">hi</p><style>p { color: red; }</style><script>const x = 1; // c</script>",
            "var x = \"a\" + 1; # c -- c /* c */", "+added", "-removed", "SELECT 1 FROM t WHERE a = 'b';"];
        var theirs = new RegistryOptions(ThemeName.LightPlus);
        var ours = new BundledGrammars();
        var scope = theirs.GetScopeByLanguageId(languageId);
        Assert.Equal(scope, ours.ScopeOf(languageId));
        if (scope is null) return;

        Assert.Equal(Tokens(new Registry(theirs).LoadGrammar(scope), lines), Tokens(new Registry(ours).LoadGrammar(scope), lines));
    }

    public static TheoryData<string> AllScopes() => new(new BundledGrammars().AllScopeNames());

    [Theory]
    [MemberData(nameof(AllScopes))]
    public void Every_bundled_grammar_reads_into_the_structure_TextMateSharps_reader_gives(string scope)
    {
        var grammars = new BundledGrammars();
        // A package may list a grammar file it does not ship (source.js.regexp): then neither reader finds one.
        var theirs = grammars.GetGrammarWithLibraryReader(scope);
        AssertSameStructure(theirs, grammars.GetGrammar(scope), scope);
    }

    // Same types, same keys in the same order, same values: the compiled rules and their ids come out alike.
    private static void AssertSameStructure(object? expected, object? actual, string path)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{path}: expected nothing, got {actual}");
            return;
        }
        Assert.True(actual is not null, $"{path}: missing");
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.GetType()} expected, got {actual.GetType()}");
        switch (expected)
        {
            case IDictionary<string, object> dictionary:
                var other = (IDictionary<string, object>)actual;
                Assert.True(dictionary.Keys.SequenceEqual(other.Keys), $"{path}: keys {string.Join(",", dictionary.Keys)} expected, got {string.Join(",", other.Keys)}");
                foreach (var (key, value) in dictionary) AssertSameStructure(value, other[key], path + "/" + key);
                break;
            case System.Collections.IList list:
                var items = (System.Collections.IList)actual;
                Assert.True(list.Count == items.Count, $"{path}: {list.Count} items expected, got {items.Count}");
                for (var i = 0; i < list.Count; i++) AssertSameStructure(list[i], items[i], $"{path}[{i}]");
                break;
            default:
                Assert.True(Equals(expected, actual), $"{path}: {expected} expected, got {actual}");
                break;
        }
    }

    [Fact]
    public void A_scope_no_package_declares_is_not_found() => Assert.Null(new BundledGrammars().GetGrammar("source.nosuchthing"));

    private static List<string> Tokens(IGrammar grammar, string[] lines)
    {
        var tokens = new List<string>();
        IStateStack? state = null;
        foreach (var line in lines)
        {
            var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
            state = result.RuleStack;
            tokens.AddRange(result.Tokens.Select(t => $"{t.StartIndex}-{t.EndIndex}:{string.Join(' ', t.Scopes)}"));
        }
        return tokens;
    }
}
