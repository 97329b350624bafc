using Markdig.Syntax;
using SalesForDevs.Bench;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>
/// Code blocks the highlighting cache lacks are highlighted before the markdown stage, a language per thread; the fences
/// are found without parsing the markdown, exactly where the parser finds them at the top level.
/// </summary>
public sealed class HighlightPrepassTests
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

    [Fact]
    public void Blocks_longer_than_the_kept_buffer_come_out_whole_and_the_next_block_is_not_mixed_in()
    {
        // 100,000 characters: past the thread's buffer, which grows for it and is then let go.
        var lines = Enumerable.Range(0, 10_000).Select(i => $"line {i:D4}").ToList();
        var body = "```cs\n" + string.Join("\n", lines) + "\n```\n\n```py\nshort\n```\n\n```go\né ü 🚀\n```\n";
        Assert.Equal([new("cs", string.Join("\n", lines)), new("py", "short"), new FencedBlockScan.Block("go", "é ü 🚀")], FencedBlockScan.Find(body));
        Assert.Equal([new FencedBlockScan.Block("py", "")], FencedBlockScan.Find("```py\n```\n"));
    }

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
    public void Each_language_is_planned_once_with_each_block_once_the_most_code_first()
    {
        using var site = new TempSite("", copyTheme: false);
        string[] bodies = ["```yaml\na: 1\n```\n\n```js\nlet x;\n```", "```javascript\nlet y = 22;\n```\n\n```nosuchlanguage\nz\n```", "```cs\nvar c;\n```\n```js\nlet x;\n```"];
        var plan = Plan(bodies, Cache(site));
        Assert.Equal(["javascript: let x; | let y = 22;", "csharp: var c;", "yaml: a: 1"], plan.Select(l => $"{l.Id}: {string.Join(" | ", l.Blocks)}"));
    }

    [Fact]
    public void Blocks_the_cache_holds_are_not_planned_nor_a_language_left_without_blocks()
    {
        using var site = new TempSite("", copyTheme: false);
        var cache = Cache(site);
        cache.Add("yaml", "a: 1", "<span>a</span>: 1");
        cache.Add("csharp", "var d;", "var d;");
        string[] bodies = ["```yaml\na: 1\n```\n\n```yaml\nb: 2\n```", "```cs\nvar d;\n```", "```python\nx = 1\n```\n```yml\na: 1\n```"];

        var plan = Plan(bodies, cache);
        Assert.Equal(["python: x = 1", "yaml: b: 2"], plan.Select(l => $"{l.Id}: {string.Join(" | ", l.Blocks)}"));
        Assert.Equal(2, cache.Added);
    }

    [Fact]
    public void A_language_this_process_loaded_already_is_left_to_the_markdown_stage()
    {
        using var site = new TempSite("", copyTheme: false);
        var grammars = new LanguageGrammars();
        grammars.Highlight("yaml", "a: 1");
        var plan = HighlightPrepass.Planner(Cache(site), grammars).Plan(["```yaml\nb: 2\n```\n```py\nx = 1\n```"]);
        Assert.Equal(["python"], plan.Select(l => l.Id));
    }

    [Fact]
    public void The_markdown_stage_finds_the_blocks_highlighted_ahead_exactly_as_it_would_highlight_them()
    {
        using var site = new TempSite("", copyTheme: false);
        var cache = Cache(site);
        string[] bodies = ["```js\nconst x = `a${b}`; // c\n```", "```bash\ncat <<EOF\n$HOME\nEOF\n```", "```ruby\nputs 'hi'\n```", "```cs\nint Twice(int n) => n * 2;\n```"];
        var warmed = new LanguageGrammars();
        HighlightPrepass.Start(bodies, cache, warmed).Join();

        Assert.Equal(0, cache.Added);
        var cold = new LanguageGrammars();
        foreach (var (id, code) in new[] { ("javascript", "const x = `a${b}`; // c"), ("shellscript", "cat <<EOF\n$HOME\nEOF"), ("ruby", "puts 'hi'"), ("csharp", "int Twice(int n) => n * 2;") })
        {
            Assert.True(warmed.IsLoaded(id));
            Assert.Equal(cold.Highlight(id, code), cache.Find(id, code));
        }
        Assert.Equal(4, cache.Added);
    }

    [Fact]
    public void A_block_asked_for_while_its_language_is_still_in_the_pass_waits_for_it()
    {
        using var site = new TempSite("", copyTheme: false);
        var cache = Cache(site);
        const string code = "export const total = (xs) => xs.reduce((a, b) => a + b, 0); // sum";
        string[] bodies = ["Prose only.", $"```js\n{code}\n```"];
        var pass = HighlightPrepass.Start(bodies, cache, new LanguageGrammars());
        Assert.True(pass.IsReady(bodies[0]));

        // Asked for at once, before the JavaScript grammar has loaded: the answer is the pass's, not a second highlighting.
        Assert.Equal(new LanguageGrammars().Highlight("javascript", code), cache.Find("javascript", code));
        Assert.True(pass.IsReady(bodies[1]));
        Assert.Equal(1, cache.Added);
        Assert.False(pass.WaitFor("python"));
        pass.Join();
    }

    [Fact]
    public void A_block_read_ahead_that_the_markdown_stage_never_asks_for_is_not_kept()
    {
        using var site = new TempSite("", copyTheme: false);
        var path = Path.Combine(site.Root, HighlightCache.RelativePath);
        var cache = HighlightCache.Load(path);
        HighlightPrepass.Start(["```yaml\na: 1\n```", "```yaml\nb: 2\n```"], cache, new LanguageGrammars()).Join();
        Assert.NotNull(cache.Find("yaml", "b: 2"));
        cache.Save();

        var saved = HighlightCache.Load(path);
        Assert.True(saved.Holds("yaml", "b: 2"));
        Assert.False(saved.Holds("yaml", "a: 1"));
    }

    [Fact]
    public void A_whole_build_with_the_pass_writes_what_it_wrote_before_and_keeps_only_what_it_used()
    {
        using var site = new TempSite(Site);
        var first = site.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var pages = TempSite.Snapshot(site.Output).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => System.Text.Encoding.UTF8.GetString(f.Value)).Where(t => t.Contains("language-cs")).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, html =>
        {
            Assert.Contains("<pre><code class=\"language-cs\"><span class=\"hl-", html);
            Assert.Contains("<pre><code class=\"language-yaml\"><span class=\"hl-", html);
        });
        var cache = HighlightCache.Load(Path.Combine(site.Root, HighlightCache.RelativePath));
        Assert.True(cache.Holds("csharp", "public int Estimate(int days) => days * 3;"));
        Assert.True(cache.Holds("yaml", "deploy:\n  replicas: 2 # two"));
    }

    private const string Site = """
        -- site.yml --
        title: Test
        base_url: https://example.com/
        -- content/posts/a.md --
        ---
        title: A
        date: 2026-01-01
        ---
        Some code:

        ```cs
        public int Estimate(int days) => days * 3;
        ```

        - a list with a block the scan does not see:

          ```yaml
          deploy:
            replicas: 2 # two
          ```
        """;

    // The plan of a pass, made without starting one.
    private static List<HighlightPrepass.Language> Plan(string[] bodies, HighlightCache cache) => HighlightPrepass.Planner(cache).Plan(bodies);

    private static HighlightCache Cache(TempSite site) => HighlightCache.Load(Path.Combine(site.Root, HighlightCache.RelativePath));

    private static void AssertSameAsParser(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        var expected = document.OfType<FencedCodeBlock>().Where(b => !string.IsNullOrEmpty(b.Info))
            .Select(b => new FencedBlockScan.Block(b.Info!, string.Join('\n', Enumerable.Range(0, b.Lines.Count).Select(i => b.Lines.Lines[i].Slice.ToString()))))
            .ToList();
        Assert.Equal(expected, FencedBlockScan.Find(markdown));
    }
}
