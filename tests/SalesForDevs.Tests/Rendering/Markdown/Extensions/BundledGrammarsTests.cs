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
