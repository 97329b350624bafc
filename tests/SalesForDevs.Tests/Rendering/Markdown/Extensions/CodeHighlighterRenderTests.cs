using System.Net;
using System.Text;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>
/// Render hands the tokenizer slices of one copy of the block and writes text without escaping straight into the
/// output (issue 14: fewer allocations per line). It must give exactly what tokenizing each line as a string of its
/// own and escaping every token gives.
/// </summary>
public sealed class CodeHighlighterRenderTests
{
    private const string Mixed = "<p class=\"x\">hi</p><style>p { color: red; }</style>\n<script>const x = `${1}`; // c</script>\n" +
        "var x = \"a\" + 1; # c -- c /* c */\ncat <<SQL\nSELECT 1 FROM t WHERE a = 'b';\nSQL\n\n\n" +
        "+added\n-removed\n<?php echo $x; ?>\n$(echo \"$HOME\")\n@\"verbatim\" é ü ñ ©\n\tr#\"raw\"# 😀 → ∑ &amp;\n" +
        "x is int a && y is int b; 0x1F + 0b10 + 1_000.5e3\n  - key: 'v' # c\n\"\"\"doc\"\"\"\n" +
        // Three YAML properties on a line: handed to the tokenizer as a string, the third anchor lost its highlighting.
        "x: {a: &x 1, b: !t 2, c: &y 3}\n";

    public static TheoryData<string> Languages() =>
        new(["csharp", "fsharp", "javascript", "javascriptreact", "typescript", "typescriptreact", "python", "shellscript", "powershell",
            "json", "jsonc", "yaml", "xml", "html", "css", "scss", "sql", "go", "rust", "java", "diff", "c", "cpp", "ruby", "php",
            "dockerfile", "ini", "toml", "kotlin", "swift"]);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Rendering_gives_what_tokenizing_each_line_as_a_string_gives(string languageId)
    {
        var grammars = new BundledGrammars();
        var scope = grammars.ScopeOf(languageId);
        if (scope is null) return;
        var grammar = new Registry(grammars).LoadGrammar(scope);
        foreach (var code in new[] { Mixed, Mixed.TrimEnd('\n'), "\n" + Mixed, "x", "", "\n\n" })
            Assert.Equal(LineByLine(grammar, code), CodeHighlighter.Render(grammar, code));
    }

    // How Render worked before: each line split off as a string, each token's text escaped with WebUtility.
    private static string LineByLine(IGrammar grammar, string code)
    {
        var html = new StringBuilder();
        IStateStack? state = null;
        var lines = code.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (n > 0) html.Append('\n');
            if (line.Length == 0) continue;
            var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
            state = result.RuleStack;
            string? openClass = null;
            foreach (var token in result.Tokens)
            {
                var start = Math.Min(token.StartIndex, line.Length);
                var end = Math.Min(token.EndIndex, line.Length);
                if (end <= start) continue;
                var text = line[start..end];
                var cls = string.IsNullOrWhiteSpace(text) ? openClass : ScopeClasses.For(token.Scopes);
                if (cls != openClass)
                {
                    if (openClass is not null) html.Append("</span>");
                    if (cls is not null) html.Append("<span class=\"").Append(cls).Append("\">");
                    openClass = cls;
                }
                html.Append(WebUtility.HtmlEncode(text));
            }
            if (openClass is not null) html.Append("</span>");
        }
        return html.ToString();
    }
}
