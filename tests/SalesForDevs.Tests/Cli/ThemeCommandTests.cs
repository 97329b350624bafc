using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Cli;

// sfd theme copy writes the built-in theme into the site, which then uses its copy (issue 12).
public sealed class ThemeCommandTests : IDisposable
{
    private readonly TempSite _site = new("""
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        -- content/posts/2026-01-05-hello.md --
        ---
        title: Hello
        date: 2026-01-05
        ---
        Hi.
        """, copyTheme: false);

    private CliInvocation Run(params string[] args) => CliInvocation.Run(_site.Root, args);

    private string PostTemplate(string theme) => Path.Combine(_site.Root, "themes", theme, "layouts", "post.scriban");

    [Fact]
    public void Copy_writes_the_built_in_theme_and_the_site_then_uses_the_copy()
    {
        var run = Run("theme", "copy");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var count = TempSite.Snapshot(RepoPaths.DefaultTheme).Count;
        Assert.Equal($"Copied the built-in theme into {Path.Combine("themes", "default")} ({count} files).\nThe site now uses it: change its layouts/*.scriban and assets/ as you like.\n", run.Out);
        Assert.Equal(TempSite.Snapshot(RepoPaths.DefaultTheme), TempSite.Snapshot(Path.Combine(_site.Root, "themes", "default")));

        File.WriteAllText(PostTemplate("default"), File.ReadAllText(PostTemplate("default")).Replace("<article", "<article data-mine=\"yes\""));
        Assert.Equal(0, Run("build").ExitCode);

        Assert.Contains("<article data-mine=\"yes\"", _site.Read("2026/01/hello/index.html"));
    }

    [Fact]
    public void A_copy_under_another_name_is_used_once_site_yml_names_it()
    {
        var run = Run("theme", "copy", "mine");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("To use it, set `theme: mine` in site.yml.\n", run.Out);
        File.AppendAllText(PostTemplate("mine"), "<!-- mine -->\n");
        Assert.Equal(0, Run("build").ExitCode);
        Assert.DoesNotContain("<!-- mine -->", _site.Read("2026/01/hello/index.html"));

        _site.Write("site.yml", "title: Test\nbase_url: https://example.github.io/blog/\ntheme: mine\n");
        Assert.Equal(0, Run("build").ExitCode);
        Assert.Contains("<!-- mine -->", _site.Read("2026/01/hello/index.html"));
    }

    [Fact]
    public void A_theme_folder_with_files_is_left_alone()
    {
        _site.Write("themes/default/layouts/post.scriban", "mine");

        var run = Run("theme", "copy");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: themes/default/ already exists and is not empty; nothing was copied. Pass another name, or move that folder away first\n", run.Error);
        Assert.Equal(["layouts/post.scriban"], TempSite.Snapshot(Path.Combine(_site.Root, "themes", "default")).Keys);
        Assert.Equal("mine", File.ReadAllText(PostTemplate("default")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData(@"a\b")]
    public void A_name_that_is_not_one_folder_is_refused(string name)
    {
        var run = Run("theme", "copy", name);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be a theme's folder name", run.Error);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "themes")));
    }

    [Fact]
    public void Outside_a_site_it_says_so()
    {
        var empty = Path.Combine(Path.GetTempPath(), "sfd-nosite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var run = CliInvocation.Run(empty, "theme", "copy");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("no site.yml", run.Error);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    public void Dispose() => _site.Dispose();
}
