using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using TextMateSharp.Registry;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>
/// A language is first highlighted with stubs in place of the grammars it embeds, and a block that reaches a stub with
/// the full grammar (issue 14: a shell block no longer compiles fifty grammars). The HTML must be the full grammar's
/// in every case, whichever grammar produced it.
/// </summary>
public sealed class EmbeddedGrammarStubsTests
{
    // Blocks in each language: plain ones, and ones that enter an embedded grammar (here-documents, script and style
    // elements, fences), in an order that puts plain blocks before and after the first embedded one.
    public static TheoryData<string, string[]> Blocks() => new()
    {
        { "shellscript", [
            "echo \"$HOME\" # c\nfor f in *.md; do wc -l \"$f\"; done",
            "cat <<EOF\nplain $x text\nEOF",
            "ruby <<RUBY\nputs \"hi\" # c\nRUBY\necho after",
            "python3 <<'PYTHON'\nprint(1)  # c\nPYTHON",
            "psql <<SQL\nSELECT 1 FROM t; -- c\nSQL",
            "node <<JS\nconst x = `${1}`;\nJS\ncat <<-HTML\n\t<p class=\"x\">hi</p>\n\tHTML",
            "if [ -n \"$1\" ]; then\n  exit 0\nfi",
        ] },
        { "html", [
            "<p class=\"x\">hi &amp; bye</p>",
            "<style>\np { color: red; }\n</style>\n<p>x</p>",
            "<script>\nconst x = 1; // c\n</script>",
            "<button onclick=\"go(1)\">x</button>",
            "<div style=\"color: red\">x</div>",
        ] },
        { "php", ["<?php echo 1; ?>", "<p><?= $x ?></p>\n<script>var y = 2;</script>", "<?php\n$q = \"SELECT * FROM t\";\n"] },
        { "markdown", ["# Title\n\nSome *text*.", "```js\nconst x = 1;\n```\n\ntext", "```python\nprint(1)\n```"] },
        { "ruby", ["def f(x) = x + 1 # c", "sql = <<~SQL\n  SELECT 1\nSQL\nputs sql", "x = %w[a b]"] },
        { "dockerfile", ["FROM alpine:3\nRUN apk add curl && echo \"ok\"", "ENV X=1"] },
        { "javascriptreact", ["const A = () => <div className=\"x\">{1}</div>;", "const s = css`color: red;`;"] },
        { "typescript", ["const x: number = 1; // c", "const re = /ab+c/g;"] },
        { "scss", ["$c: red;\n.a { .b { color: $c; } }", "@mixin m { width: 1px; }"] },
        { "cpp", ["#include <vector>\nint main() { return 0; }", "template<class T> T f(T t) { return t; }"] },
        { "yaml", ["x: 1 # c\nlist:\n  - a", "run: |\n  echo 1"] },
        { "csharp", ["var x = $\"{1}\"; // c", "/// <summary>x</summary>\nclass A { }"] },
        { "python", ["x = re.compile(r\"a+b\")", "def f():\n    \"\"\"doc\"\"\"\n    return 1"] },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Blocks_highlight_exactly_as_with_the_full_grammar(string languageId, string[] blocks)
    {
        var scope = new BundledGrammars().ScopeOf(languageId)!;
        var full = new Registry(new BundledGrammars()).LoadGrammar(scope);
        var grammars = new LanguageGrammars();
        foreach (var block in blocks)
            Assert.Equal(CodeHighlighter.Render(full, block), grammars.Highlight(languageId, block));
    }

    // One block of many languages' constructs, run through every language sfd highlights and some it does not list.
    private const string Mixed = "<p class=\"x\">hi</p><style>p { color: red; }</style>\n<script>const x = `${1}`; // c</script>\n" +
        "var x = \"a\" + 1; # c -- c /* c */\ncat <<SQL\nSELECT 1 FROM t WHERE a = 'b';\nSQL\n```js\nlet y = 2;\n```\n" +
        "+added\n-removed\n<?php echo $x; ?>\n$(echo \"$HOME\")\n@\"verbatim\"\nr#\"raw\"#";

    public static TheoryData<string> AllLanguages() =>
        new(["csharp", "fsharp", "javascript", "javascriptreact", "typescript", "typescriptreact", "python", "shellscript", "powershell",
            "json", "jsonc", "yaml", "xml", "html", "css", "scss", "sql", "go", "rust", "java", "diff", "c", "cpp", "ruby", "php",
            "dockerfile", "ini", "swift", "markdown", "perl", "lua", "makefile"]);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Mixed_code_highlights_exactly_as_with_the_full_grammar_in_every_language(string languageId)
    {
        var scope = new BundledGrammars().ScopeOf(languageId);
        Assert.NotNull(scope);
        var full = new Registry(new BundledGrammars()).LoadGrammar(scope);
        var grammars = new LanguageGrammars();
        foreach (var block in new[] { "x = 1", Mixed, "y = 2" })
            Assert.Equal(CodeHighlighter.Render(full, block), grammars.Highlight(languageId, block));
    }

    [Fact]
    public void A_shell_block_without_embedded_code_loads_no_other_grammar()
    {
        var grammars = new LanguageGrammars();
        grammars.Highlight("shellscript", "echo \"$HOME\" # c\ncat <<EOF\nplain\nEOF");
        Assert.Equal(0, grammars.FullGrammarsLoaded);
    }

    [Fact]
    public void A_here_document_in_another_language_loads_the_full_grammar_once()
    {
        var grammars = new LanguageGrammars();
        var ruby = grammars.Highlight("shellscript", "ruby <<RUBY\nputs \"hi\"\nRUBY");
        Assert.Equal(1, grammars.FullGrammarsLoaded);
        Assert.Contains("<span class=\"hl-", ruby);
        grammars.Highlight("shellscript", "echo 1");
        Assert.Equal(1, grammars.FullGrammarsLoaded);
    }
}
