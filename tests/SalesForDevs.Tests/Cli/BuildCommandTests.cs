using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TempSite _site = new("""
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        -- content/posts/2026-01-05-hello.md --
        ---
        title: Hello
        ---
        Hello.
        """);

    [Fact]
    public void Run_in_a_subfolder_finds_the_site_upwards()
    {
        var run = CliInvocation.Run(Path.Combine(_site.Root, "content", "posts"), "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Built \d+ pages, 3 feeds \(\d+ files, \d+ written\) in \d+\.\d\d s into _site/\n$", run.Out);
        Assert.True(_site.Exists("2026/01/hello/index.html"));
    }

    [Fact]
    public void Verbose_prints_the_time_of_each_stage()
    {
        var run = CliInvocation.Run(_site.Root, "build", "--verbose");

        Assert.Equal(0, run.ExitCode);
        var stages = run.Out.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["configuration", "content", "linking", "theme", "markdown", "outputs", "images", "publishing"], stages.Select(s => s[0]));
        Assert.All(stages, s => Assert.Matches(@"^\d+\.\d{3}$", s[1]));
        Assert.Contains("Built ", run.Out);
    }

    [Fact]
    public void Verbose_reports_the_search_index_size_and_its_share_of_the_html()
    {
        var run = CliInvocation.Run(_site.Root, "build", "--verbose");

        Assert.Equal(0, run.ExitCode);
        var bytes = new FileInfo(Path.Combine(_site.Output, "search-index.json")).Length;
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("  search index: ", StringComparison.Ordinal));
        Assert.Matches(@"^  search index: \d+\.\d KB, \d+\.\d% of the HTML \(\d+ KB\)$", line);
        Assert.StartsWith($"  search index: {(bytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} KB", line);
    }

    [Fact]
    public void Quiet_prints_only_errors()
    {
        var ok = CliInvocation.Run(_site.Root, "build", "--quiet", "--verbose");
        Assert.Equal((0, "", ""), (ok.ExitCode, ok.Out, ok.Error));

        _site.Write("content/posts/2026-01-06-bad.md", "---\ntitle: Bad\ndate: 2026-13-40\n---\n");
        var failed = CliInvocation.Run(_site.Root, "build", "-q");
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("", failed.Out);
        Assert.StartsWith("content/posts/2026-01-06-bad.md:3:7: error: date \"2026-13-40\" is not a valid date", failed.Error);
    }

    [Fact]
    public void Output_to_a_writer_that_is_not_a_terminal_has_no_color_codes()
    {
        _site.Write("content/posts/2026-01-06-bad.md", "---\ntitle: Bad\ndate: 2026-13-40\n---\n");

        var run = CliInvocation.Run(_site.Root, "build");

        Assert.Contains(": error: ", run.Error);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_bug_in_sfd_is_reported_in_a_few_lines_not_a_stack_trace(bool verbose)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var cli = new SalesForDevs.Cli.CliContext(stdout, stderr, _site.Root)
        {
            Clock = () => throw new InvalidOperationException("the clock broke"),
        };

        var code = SalesForDevs.Cli.Program.Run(verbose ? ["build", "--verbose"] : ["build"], cli);

        var error = stderr.ToString();
        Assert.Equal(1, code);
        Assert.StartsWith("error: sfd stopped on an unexpected problem: InvalidOperationException: the clock broke\n", error);
        Assert.Contains("This is a bug in sfd", error);
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.Equal(verbose, error.Contains("   at ", StringComparison.Ordinal));
        Assert.False(_site.Exists("index.html"));
    }
}
