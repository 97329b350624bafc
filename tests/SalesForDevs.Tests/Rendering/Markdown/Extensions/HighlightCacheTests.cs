using System.Text;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>Highlighted blocks are kept in the site's .sfd/cache/highlighting and reused, with the same output.</summary>
public sealed class HighlightCacheTests : IDisposable
{
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

        ```yaml
        deploy:
          replicas: 2 # two
        ```
        -- content/posts/b.md --
        ---
        title: B
        date: 2026-01-02
        ---
        The same block again:

        ```csharp
        public int Estimate(int days) => days * 3;
        ```
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sfd-test-" + Guid.NewGuid().ToString("N"));

    private string CacheFile => Path.Combine(_folder, ".sfd", "cache", "highlighting");

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_build_keeps_its_blocks_and_the_next_build_writes_the_same_bytes_without_highlighting_again()
    {
        using var site = new TempSite(Site);
        var cacheFile = Path.Combine(site.Root, HighlightCache.RelativePath);
        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(cacheFile));
        var first = TempSite.Snapshot(site.Output);
        var kept = File.ReadAllBytes(cacheFile);
        Assert.Contains(first, f => f.Key.EndsWith(".html", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Value).Contains("<code class=\"language-yaml\"><span class=\"hl-"));

        Directory.Delete(site.Output, recursive: true);
        Assert.True(site.Build().Succeeded);

        Assert.Equal(first, TempSite.Snapshot(site.Output));
        // A build that highlighted nothing new does not write the file again (a save would count one more save).
        Assert.Equal(kept, File.ReadAllBytes(cacheFile));
    }

    [Fact]
    public void A_kept_block_is_used_instead_of_highlighting_it_again()
    {
        using (HighlightCache.Use(_folder)) HighlightCache.Current!.Add("csharp", "var x = 1;", "<kept/>");

        using (HighlightCache.Use(_folder))
        {
            Assert.Equal("<kept/>", CodeHighlighter.Highlight("var x = 1;", "cs"));
            Assert.Equal(0, HighlightCache.Current!.Added);
            // Another language or other code is highlighted, and kept.
            Assert.Contains("hl-", CodeHighlighter.Highlight("var x = 1;", "js"));
            Assert.Equal(1, HighlightCache.Current!.Added);
        }
        Assert.Null(HighlightCache.Current);
        Assert.DoesNotContain("kept", CodeHighlighter.Highlight("var x = 1;", "cs"));
    }

    [Fact]
    public void Code_in_a_buffer_finds_the_kept_block_and_a_missing_one_is_highlighted_and_kept_under_its_text()
    {
        using (HighlightCache.Use(_folder)) HighlightCache.Current!.Add("csharp", "var x = 1;", "<kept/>");

        using (HighlightCache.Use(_folder))
        {
            // The buffer holds more than the block: only the span counts.
            var buffer = "var x = 1;var y = 2;".ToCharArray();
            Assert.Equal("<kept/>", CodeHighlighter.Highlight(buffer.AsSpan(0, 10), "cs"));
            Assert.Equal(0, HighlightCache.Current!.Added);
            var fresh = CodeHighlighter.Highlight(buffer.AsSpan(10), "cs");
            Assert.Equal(CodeHighlighter.Highlight("var y = 2;", "cs"), fresh);
            Assert.Equal(1, HighlightCache.Current!.Added);
            Assert.Equal(fresh, HighlightCache.Current!.Find("csharp", "var y = 2;"));
            Assert.Null(CodeHighlighter.Highlight(buffer.AsSpan(0, 10), "no-such-language"));
        }
    }

    [Fact]
    public void Fenced_blocks_of_any_length_render_as_their_code_highlighted_on_its_own()
    {
        // Lines joined with \n whatever the file's line ends; a block past the renderer's kept buffer, then a short one.
        var lines = Enumerable.Range(0, 3_000).Select(i => $"var x{i} = \"é{i}\"; // 😀").ToList();
        var body = "```cs\r\n" + string.Join("\r\n", lines) + "\r\n```\r\n\n```cs\nvar y = 2;\n```\n";
        using (HighlightCache.Use(_folder))
        {
            var html = SalesForDevs.Rendering.Markdown.MarkdownRenderer.Render(body, "content/posts/2026-01-05-a.md", 5, new NoLinks(), new SalesForDevs.Diagnostics.DiagnosticBag()).Html.ToString();
            Assert.Contains(CodeHighlighter.Highlight(string.Join("\n", lines), "cs")!, html);
            Assert.Contains(CodeHighlighter.Highlight("var y = 2;", "cs")!, html);
        }
    }

    private sealed class NoLinks : SalesForDevs.Rendering.Markdown.ILinkResolver
    {
        public SalesForDevs.Rendering.Markdown.LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment) =>
            new SalesForDevs.Rendering.Markdown.LinkTarget.Missing("none");
        public string RootRelative(string url) => url;
    }

    [Fact]
    public void Blocks_unused_for_many_saves_are_dropped()
    {
        for (var save = 0; save <= HighlightCache.KeptSaves; save++)
            using (HighlightCache.Use(_folder)) HighlightCache.Current!.Add("csharp", $"// {save}", $"<{save}/>");

        var cache = HighlightCache.Load(CacheFile);
        Assert.Null(cache.Find("csharp", "// 0"));
        Assert.Equal("<1/>", cache.Find("csharp", "// 1"));
        Assert.Equal($"<{HighlightCache.KeptSaves}/>", cache.Find("csharp", $"// {HighlightCache.KeptSaves}"));
    }

    [Fact]
    public void A_cache_of_another_build_of_sfd_is_not_used_and_is_replaced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        using (var writer = new BinaryWriter(File.Create(CacheFile), Encoding.UTF8))
        {
            writer.Write("sfd highlighting cache 1");
            writer.Write("another build");
            writer.Write(1);
            writer.Write(0);
        }

        using (HighlightCache.Use(_folder))
        {
            Assert.Null(HighlightCache.Current!.Find("csharp", "var x = 1;"));
            Assert.Contains("hl-", CodeHighlighter.Highlight("var x = 1;", "cs"));
        }
        Assert.DoesNotContain("another build", Encoding.UTF8.GetString(File.ReadAllBytes(CacheFile)));
        Assert.NotNull(HighlightCache.Load(CacheFile).Find("csharp", "var x = 1;"));
    }

    [Fact]
    public void A_file_that_sfd_did_not_write_is_left_alone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        File.WriteAllText(CacheFile, "my notes");

        using (HighlightCache.Use(_folder)) Assert.Contains("hl-", CodeHighlighter.Highlight("var x = 1;", "cs"));

        Assert.Equal("my notes", File.ReadAllText(CacheFile));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_leaves_the_build_working()
    {
        Directory.CreateDirectory(Path.Combine(_folder, ".sfd"));
        File.WriteAllText(Path.Combine(_folder, ".sfd", "cache"), "a file where the folder would go");

        using (HighlightCache.Use(_folder)) Assert.Contains("hl-", CodeHighlighter.Highlight("var x = 1;", "cs"));

        Assert.Equal(["cache"], Directory.GetFileSystemEntries(Path.Combine(_folder, ".sfd")).Select(Path.GetFileName));
    }
}
