using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

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
        // A grammar's root is an OwnedGrammar: a Raw that TextMateSharp takes without copying it.
        var actualType = actual is OwnedGrammar ? typeof(Raw) : actual.GetType();
        Assert.True(expected.GetType() == actualType, $"{path}: {expected.GetType()} expected, got {actualType}");
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

    // TextMateSharp copies a grammar before it compiles it; an OwnedGrammar is its own first copy and a fresh read after.
    [Fact]
    public void A_grammar_is_handed_over_once_and_read_again_for_every_later_copy()
    {
        IRawGrammar grammar = new BundledGrammars().GetGrammar("source.yaml")!;
        Assert.Same(grammar, grammar.Clone());
        var again = grammar.Clone();
        Assert.NotSame(grammar, again);
        AssertSameStructure(new BundledGrammars().GetGrammarWithLibraryReader("source.yaml"), again, "source.yaml (read again)");
        Assert.NotSame(again, grammar.Clone());
    }

    // Such a grammar is copied twice by one registry: as itself and as the grammar its own include names.
    public static TheoryData<string> SelfIncludingScopes() =>
        new(new BundledGrammars().AllScopeNames().Where(scope => Includes(new BundledGrammars().GetGrammar(scope), scope)));

    [Fact]
    public void Some_bundled_grammars_include_their_own_scope_by_name() => Assert.NotEmpty(SelfIncludingScopes());

    [Theory]
    [MemberData(nameof(SelfIncludingScopes))]
    public void A_grammar_that_includes_its_own_scope_tokenizes_as_a_copied_one(string scope)
    {
        string[] lines = ["<p class=\"x\">hi</p> {{ a }} `b` *c* # d", "var x = \"a\" + 1; # c -- c /* c */ (x) => [1, 2]",
            "  - key: value # note", "def f(a, *b): return a if b else None", "SELECT 1 FROM t WHERE a = 'b';"];
        var ours = new Registry(new BundledGrammars()).LoadGrammar(scope);
        var copied = new Registry(new LibraryReaderGrammars()).LoadGrammar(scope);
        Assert.Equal(Tokens(copied, lines), Tokens(ours, lines));
    }

    private static bool Includes(object? value, string scope) => value switch
    {
        Raw raw => ((IDictionary<string, object>)raw).Any(pair => (pair.Key == "include" && pair.Value as string == scope) || Includes(pair.Value, scope)),
        List<object> list => list.Any(item => Includes(item, scope)),
        _ => false,
    };

    // The bundled grammars as TextMateSharp's own reader gives them: plain Raws, which TextMateSharp copies.
    private sealed class LibraryReaderGrammars : IRegistryOptions
    {
        private readonly BundledGrammars _grammars = new();
        public IRawGrammar? GetGrammar(string scopeName) => _grammars.GetGrammarWithLibraryReader(scopeName);
        public ICollection<string>? GetInjections(string scopeName) => null;
        public IRawTheme? GetTheme(string scopeName) => null;
        public IRawTheme GetDefaultTheme() => _grammars.GetDefaultTheme();
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
