using Markdig.Syntax;
using SalesForDevs.Bench;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>
/// Grammars start loading before the markdown stage, for the languages whose blocks the highlighting cache lacks; the
/// fences are found without parsing the markdown, exactly where the parser finds them at the top level.
/// </summary>
public sealed class GrammarPrefetchTests
{
    [Fact]
    public void Fences_are_found_with_their_language_word_and_code()
    {
        var body = string.Join('\n',
            "Intro.", "", "```csharp title=\"x\"", "var a = 1;", "", "  indented", "```", "",
            "  ~~~~ yaml", "  key: value", "   deeper: 1", " x: y", "  ~~~~~", "",
            "```", "no language", "```", "",
            "``` js `not a fence`", "text", "",
            "    ```python", "    an indented code block, not a fence", "",
            "````md", "```js", "inside", "```", "````", "",
            "```bash", "unclosed to the end");
        var blocks = FencedBlockScan.Find(body);
        Assert.Equal(
            [new("csharp", "var a = 1;\n\n  indented"), new("yaml", "key: value\n deeper: 1\nx: y"), new("md", "```js\ninside\n```"),
                new FencedBlockScan.Block("bash", "unclosed to the end")],
            blocks);
    }

    [Fact]
    public void Carriage_returns_end_lines_as_newlines_do() =>
        Assert.Equal([new FencedBlockScan.Block("py", "a = 1\nb = 2")], FencedBlockScan.Find("```py\r\na = 1\r\nb = 2\r\n```\r\n"));

    public static TheoryData<string> MarkdownSources()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Highlighting", "Markdown", "Shortcodes" })
            foreach (var file in Directory.GetFiles(Path.Combine(Golden.Folder, folder), "*.md").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Golden.Folder, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownSources))]
    public void The_scan_finds_the_parsers_top_level_fences_in_every_golden_source(string file) =>
        AssertSameAsParser(File.ReadAllText(Path.Combine(Golden.Folder, file)));

    [Fact]
    public void The_scan_finds_the_parsers_fences_in_generated_benchmark_posts()
    {
        var posts = new PostGenerator(seed: 20260105).Generate(200);
        Assert.Contains(posts, p => FencedBlockScan.Find(p.Body).Count > 0);
        foreach (var post in posts) AssertSameAsParser(post.Body);
    }

    [Fact]
    public void Each_language_is_planned_once_with_its_first_block_the_most_used_first()
    {
        string[] bodies = ["```yaml\na: 1\n```\n\n```js\nlet x;\n```", "```javascript\nlet y;\n```\n\n```nosuchlanguage\nz\n```", "```cs\nvar c;\n```"];
        var plan = GrammarPrefetch.Plan(bodies, cache: null, new LanguageGrammars());
        Assert.Equal([("javascript", "let x;"), ("csharp", "var c;"), ("yaml", "a: 1")], plan);
    }

    [Fact]
    public void Languages_loaded_already_or_whose_blocks_are_all_cached_are_not_planned()
    {
        using var site = new TempSite("", copyTheme: false);
        var cache = HighlightCache.Load(Path.Combine(site.Root, HighlightCache.RelativePath));
        cache.Add("yaml", "a: 1", "<span>a</span>: 1");
        var grammars = new LanguageGrammars();
        grammars.Highlight("csharp", "var c;");
        string[] bodies = ["```yaml\na: 1\n```\n\n```yaml\nb: 2\n```", "```cs\nvar d;\n```", "```python\nx = 1\n```\n```yml\na: 1\n```"];

        Assert.Equal([("python", "x = 1"), ("yaml", "b: 2")], GrammarPrefetch.Plan(bodies, cache, grammars));
        Assert.False(cache.Holds("yaml", "b: 2"));
        Assert.Equal(1, cache.Added);
    }

    [Fact]
    public void A_run_loads_the_planned_grammars_and_the_blocks_then_highlight_as_without_it()
    {
        var warmed = new LanguageGrammars();
        string[] bodies = ["```js\nconst x = `a${b}`; // c\n```", "```bash\ncat <<EOF\n$HOME\nEOF\n```", "```ruby\nputs 'hi'\n```"];
        var languages = GrammarPrefetch.Run(bodies, cache: null, warmed);

        Assert.Equal(["javascript", "ruby", "shellscript"], languages);
        Assert.All(languages, id => Assert.True(warmed.IsLoaded(id)));
        var cold = new LanguageGrammars();
        foreach (var (id, code) in new[] { ("javascript", "let y = [1, 2].map(n => n * 2);"), ("shellscript", "echo \"$PATH\" | tr ':' '\\n'"), ("ruby", "def f(x) = x + 1") })
            Assert.Equal(cold.Highlight(id, code), warmed.Highlight(id, code));
    }

    private static void AssertSameAsParser(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        var expected = document.OfType<FencedCodeBlock>().Where(b => !string.IsNullOrEmpty(b.Info))
            .Select(b => new FencedBlockScan.Block(b.Info!, string.Join('\n', Enumerable.Range(0, b.Lines.Count).Select(i => b.Lines.Lines[i].Slice.ToString()))))
            .ToList();
        Assert.Equal(expected, FencedBlockScan.Find(markdown));
    }
}
