using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempSite _site = new("""
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        series:
          s:
            title: S
            sections: [strategy, tactics]
        -- content/posts/2026-01-05-why.md --
        ---
        title: Why
        series: s
        section: strategy
        ---
        Because.
        """, copyTheme: false);

    private CliInvocation Run(params string[] args) => CliInvocation.Run(_site.Root, args);

    [Fact]
    public void New_post_creates_the_file_and_prints_its_path()
    {
        var run = Run("new", "post", "Make the ask", "--section", "tactics", "--builds-on", "why", "--date", "2026-02-09T09:00:00Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal("Created content/posts/2026-02-09-make-the-ask.md\n", run.Out.Replace('\\', '/'));
        var text = File.ReadAllText(Path.Combine(_site.Root, "content", "posts", "2026-02-09-make-the-ask.md"));
        Assert.StartsWith("---\ntitle: \"Make the ask\"\ndate: 2026-02-09T09:00:00Z\nslug: make-the-ask\n", text);
        Assert.Contains("\nseries: s\nsection: tactics\nbuilds_on: [why]\ndraft: true\n---\n", text);
    }

    [Fact]
    public void New_post_bundle_writes_a_folder_with_index_md_that_builds_as_the_same_post()
    {
        var run = Run("new", "post", "Make the ask", "--bundle", "--date", "2026-02-09");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Created content/posts/2026-02-09-make-the-ask/index.md\n", run.Out.Replace('\\', '/'));
        var items = SalesForDevs.Content.ContentLoader.Load(_site.Root, new SalesForDevs.Diagnostics.DiagnosticBag());
        var post = Assert.Single(items, i => i.SourcePath.EndsWith("/index.md", StringComparison.Ordinal));
        Assert.Equal("make-the-ask", post.Slug);
        Assert.NotNull(post.Bundle);

        // The single-file form of the same post would share its URL: refused.
        var twin = Run("new", "post", "Make the ask", "--date", "2026-02-09");
        Assert.Equal(1, twin.ExitCode);
        Assert.StartsWith("content/posts/2026-02-09-make-the-ask/index.md: error: this file already exists", twin.Error.Replace('\\', '/'));
    }

    [Fact]
    public void Builds_on_can_be_repeated()
    {
        Run("new", "post", "How", "--section", "strategy", "--date", "2026-01-06");

        var run = Run("new", "post", "Ask", "--section", "tactics", "--builds-on", "why", "--builds-on", "how", "--date", "2026-01-07");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nbuilds_on: [why, how]\n", File.ReadAllText(Path.Combine(_site.Root, "content", "posts", "2026-01-07-ask.md")));
    }

    [Fact]
    public void New_post_refuses_to_overwrite()
    {
        var path = Path.Combine(_site.Root, "content", "posts", "2026-02-09-make-the-ask.md");
        Assert.Equal(0, Run("new", "post", "Make the ask", "--date", "2026-02-09").ExitCode);
        File.AppendAllText(path, "My words.\n");
        var before = File.ReadAllText(path);

        var run = Run("new", "post", "Make the ask", "--date", "2026-02-09");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("content/posts/2026-02-09-make-the-ask.md: error: this file already exists and was left as it was; edit it, or pick another title, --slug or --date\n", run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void An_unknown_section_or_builds_on_is_bad_usage_with_a_hint()
    {
        var section = Run("new", "post", "X", "--section", "tactis", "--date", "2026-02-09");
        Assert.Equal(2, section.ExitCode);
        Assert.Equal("error: section `tactis` is not declared; site.yml declares series `s` with sections strategy, tactics; did you mean `tactics`?\n", section.Error);

        var buildsOn = Run("new", "post", "X", "--builds-on", "wy", "--date", "2026-02-09");
        Assert.Equal(2, buildsOn.ExitCode);
        Assert.Equal("error: --builds-on `wy`: no post has that slug; did you mean `why`?\n", buildsOn.Error);

        Assert.Empty(Directory.GetFiles(Path.Combine(_site.Root, "content", "posts"), "*-x.md"));
    }

    [Fact]
    public void A_missing_title_is_bad_usage()
    {
        var run = Run("new", "post");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        var run = Run("new", "post", "Quiet one", "--date", "2026-02-09", "--quiet");
        Assert.Equal((0, "", ""), (run.ExitCode, run.Out, run.Error));
        Assert.True(File.Exists(Path.Combine(_site.Root, "content", "posts", "2026-02-09-quiet-one.md")));
    }

    public void Dispose() => _site.Dispose();
}
