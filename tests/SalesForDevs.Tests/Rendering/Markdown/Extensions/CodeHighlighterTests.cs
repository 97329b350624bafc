using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>Code fences are highlighted at build time into class-based spans; unknown languages stay plain escaped code.</summary>
public sealed class CodeHighlighterTests
{
    private sealed class NoLinks : ILinkResolver
    {
        public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment) => new LinkTarget.Missing("no links here");
        public string RootRelative(string url) => url;
    }

    private static string Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var html = MarkdownRenderer.Render(markdown, "content/posts/x.md", 1, new NoLinks(), diagnostics).Html;
        Assert.Empty(diagnostics.Sorted());
        return html.ToString();
    }

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Path.Combine(Golden.Folder, "Highlighting"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Highlighted_output_matches_the_golden_file(string name)
    {
        var folder = Path.Combine(Golden.Folder, "Highlighting");
        Golden.Match(Path.Combine(folder, name + ".html"), Render(File.ReadAllText(Path.Combine(folder, name + ".md"))));
    }

    [Theory]
    [InlineData("csharp", "var x = 1; // c")]
    [InlineData("fsharp", "let x = 1 // c")]
    [InlineData("javascript", "const x = 1; // c")]
    [InlineData("typescript", "const x: number = 1; // c")]
    [InlineData("python", "x = 1  # c")]
    [InlineData("bash", "echo \"x\" # c")]
    [InlineData("powershell", "$x = 1 # c")]
    [InlineData("json", "{\"x\": 1}")]
    [InlineData("yaml", "x: 1 # c")]
    [InlineData("xml", "<x a=\"1\"/>")]
    [InlineData("html", "<p class=\"x\">hi</p>")]
    [InlineData("css", "p { color: red; }")]
    [InlineData("sql", "SELECT 1 FROM t -- c")]
    [InlineData("go", "func f() int { return 1 }")]
    [InlineData("rust", "fn f() -> u32 { 1 }")]
    [InlineData("java", "public class X { int y = 1; }")]
    [InlineData("diff", "+added")]
    public void Every_listed_language_gets_highlighted(string language, string code)
    {
        var html = Render($"```{language}\n{code}\n```\n");
        Assert.StartsWith($"<pre><code class=\"language-{language}\">", html);
        Assert.Contains("<span class=\"hl-", html);
    }

    [Theory]
    [InlineData("cs", "csharp")]
    [InlineData("sh", "shellscript")]
    [InlineData("YML", "yaml")]
    [InlineData("ps1", "powershell")]
    [InlineData("nosuchlanguage", null)]
    [InlineData("", null)]
    public void Fence_names_map_to_grammars(string fence, string? id) => Assert.Equal(id, CodeLanguages.Find(fence));

    [Fact]
    public void Code_without_a_grammar_is_escaped_and_never_fails()
    {
        var html = Render("```brainfudge\n<script>alert('x')</script> & more\n```\n");
        Assert.Equal("<pre><code class=\"language-brainfudge\">&lt;script&gt;alert('x')&lt;/script&gt; &amp; more\n</code></pre>\n", html);
    }

    [Fact]
    public void Highlighted_code_keeps_every_character_of_the_source()
    {
        const string code = "if (a < b && c > \"d\") { return 'e'; } // <tag> & \"q\"";
        var html = Render($"```javascript\n{code}\n```\n");
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
        Assert.Equal(code + "\n\n", text);
    }

    [Fact]
    public void Blocks_in_many_languages_highlighted_at_once_give_the_same_html_as_one_at_a_time()
    {
        // Posts render in parallel; the grammar registry is shared and not thread-safe (a fresh process building a
        // site with Python, YAML and Bash posts once crashed loading two grammars at the same moment).
        string[] languages = ["python", "yaml", "bash", "csharp", "javascript", "typescript", "go", "rust", "java", "sql", "json", "css", "html", "xml", "diff", "powershell", "fsharp"];
        var jobs = Enumerable.Range(0, 8).SelectMany(_ => languages).Select(language => $"```{language}\nlet x = \"a\" # 1\n```\n").ToArray();

        var together = new string[jobs.Length];
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = Render(jobs[i]));
        var alone = jobs.Select(Render).ToArray();

        Assert.Equal(alone, together);
        Assert.All(together.Where(html => html.Contains("language-python") || html.Contains("language-csharp") || html.Contains("language-bash")),
            html => Assert.Contains("<span class=", html));
    }

    [Fact]
    public void Grammars_loaded_in_parallel_from_scratch_highlight_as_grammars_loaded_one_at_a_time()
    {
        // Each language has a registry of its own so that languages load at the same time; fresh sets of grammars make
        // every load happen here, not in an earlier test. HTML embeds CSS and JavaScript, loaded again in its registry.
        string[] languages = ["python", "yaml", "bash", "csharp", "javascript", "typescript", "go", "rust", "html", "css", "json", "sql"];
        const string code = "let x = \"a\" # 1\n<p style=\"color: red\">x</p> // 2";
        for (var round = 0; round < 3; round++)
        {
            var fresh = new LanguageGrammars();
            var together = new string?[languages.Length * 2];
            Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                i => together[i] = CodeHighlighter.Highlight(code, languages[i % languages.Length], fresh));
            var oneByOne = new LanguageGrammars();
            var alone = Enumerable.Range(0, together.Length).Select(i => CodeHighlighter.Highlight(code, languages[i % languages.Length], oneByOne)).ToArray();

            Assert.Equal(alone, together);
            Assert.All(together, html => Assert.Contains("<span class=\"hl-", html));
        }
    }
}
