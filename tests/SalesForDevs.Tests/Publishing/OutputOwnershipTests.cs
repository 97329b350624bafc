using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Publishing;

/// <summary>
/// sfd deletes or replaces only files it wrote (issue 11, faults 1 and 2). Each case runs `sfd build` as a user would,
/// then checks the exit code, the message (no stack trace), and that the site's sources and a folder of unrelated
/// files are exactly as they were.
/// </summary>
public sealed class OutputOwnershipTests : IDisposable
{
    private const string Site = SiteYml + """
        -- content/posts/2026-01-05-first.md --
        ---
        title: First
        ---
        The first post.
        -- content/posts/2026-01-06-second.md --
        ---
        title: Second
        ---
        The second post.

        """;

    private readonly TempSite _site = new(Site);
    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), "sfd-elsewhere-" + Guid.NewGuid().ToString("N"));

    public OutputOwnershipTests() => Directory.CreateDirectory(_elsewhere);

    private CliInvocation Build(string currentDirectory, params string[] args) => CliInvocation.Run(currentDirectory, ["build", .. args]);

    private string Elsewhere(string path) => Path.Combine(_elsewhere, path);

    private static void AssertRefused(CliInvocation run, string message)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_output_that_is_a_link_to_the_site_folder_is_refused_and_no_source_is_touched(bool force)
    {
        // cp -r site v; touch v/.nojekyll; ln -s $PWD/v out; cd v && sfd build --output ../out
        File.WriteAllText(Path.Combine(_site.Root, ".nojekyll"), "");
        File.CreateSymbolicLink(Elsewhere("out"), _site.Root);
        var link = Path.GetRelativePath(_site.Root, Elsewhere("out"));
        var sources = TreeState.Capture(_site.Root);

        var run = Build(_site.Root, force ? ["--output", link, "--force"] : ["--output", link]);

        AssertRefused(run, $"is the site folder or contains it");
        Assert.Contains($"which leads to {_site.Root}", run.Error);
        Assert.Equal(sources, TreeState.Capture(_site.Root));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_output_that_is_a_link_to_content_is_refused_even_when_content_holds_an_index_html(bool force)
    {
        _site.Write("content/index.html", "<h1>mine</h1>\n");
        File.CreateSymbolicLink(Elsewhere("out"), Path.Combine(_site.Root, "content"));
        var sources = TreeState.Capture(_site.Root);

        var run = Build(_site.Root, force ? ["--output", Elsewhere("out"), "--force"] : ["--output", Elsewhere("out")]);

        AssertRefused(run, "is or holds the site's content/ folder");
        Assert.Equal(sources, TreeState.Capture(_site.Root));
    }

    [Fact]
    public void An_output_that_leads_through_a_link_to_a_folder_above_the_site_is_refused()
    {
        File.CreateSymbolicLink(Elsewhere("up"), Path.GetDirectoryName(_site.Root)!);
        var sources = TreeState.Capture(_site.Root);
        AssertRefused(Build(_site.Root, "--output", Elsewhere("up"), "--force"), "is the site folder or contains it");
        Assert.Equal(sources, TreeState.Capture(_site.Root));
    }

    [Fact]
    public void An_output_link_loop_is_an_error_not_a_crash()
    {
        File.CreateSymbolicLink(Elsewhere("loop"), Elsewhere("loop"));
        AssertRefused(Build(_site.Root, "--output", Elsewhere("loop")), "is a loop of symbolic links");
    }

    [Fact]
    public void A_folder_with_an_index_html_and_unrelated_files_is_refused_and_left_as_it_was()
    {
        // mkdir d d/Documents; echo x > d/notes.txt; echo r > d/Documents/report.txt; echo '<h1>' > d/index.html
        Directory.CreateDirectory(Elsewhere("d/Documents"));
        File.WriteAllText(Elsewhere("d/notes.txt"), "x\n");
        File.WriteAllText(Elsewhere("d/Documents/report.txt"), "r\n");
        File.WriteAllText(Elsewhere("d/index.html"), "<h1>\n");
        var before = TreeState.Capture(_elsewhere);
        var sources = TreeState.Capture(_site.Root);

        var run = Build(_site.Root, "--output", Elsewhere("d"));

        AssertRefused(run, "is not empty and sfd has no record of building it (no .sfd-manifest); it holds files this site does not make, such as Documents, index.html, notes.txt.");
        Assert.Contains("pass --force to build into it anyway", run.Error);
        Assert.Equal(before, TreeState.Capture(_elsewhere));
        Assert.Equal(sources, TreeState.Capture(_site.Root));
    }

    [Fact]
    public void With_force_unrelated_files_are_kept_and_later_builds_keep_them()
    {
        Directory.CreateDirectory(Elsewhere("d/Documents"));
        File.WriteAllText(Elsewhere("d/notes.txt"), "x\n");
        File.WriteAllText(Elsewhere("d/Documents/report.txt"), "r\n");
        File.WriteAllText(Elsewhere("d/index.html"), "<h1>\n");

        Assert.Equal(0, Build(_site.Root, "--output", Elsewhere("d"), "--force").ExitCode);
        Assert.Contains("<title>", File.ReadAllText(Elsewhere("d/index.html")));
        Assert.Equal("x\n", File.ReadAllText(Elsewhere("d/notes.txt")));
        Assert.Equal("r\n", File.ReadAllText(Elsewhere("d/Documents/report.txt")));

        // Now sfd has a record of what it wrote: no --force needed, and a removed post's page goes, the notes stay.
        _site.Delete("content/posts/2026-01-06-second.md");
        var run = Build(_site.Root, "--output", Elsewhere("d"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(Elsewhere("d/2026/01/second")));
        Assert.Equal("x\n", File.ReadAllText(Elsewhere("d/notes.txt")));
        Assert.Equal("r\n", File.ReadAllText(Elsewhere("d/Documents/report.txt")));
    }

    [Fact]
    public void Entries_sfd_did_not_write_are_kept_at_every_depth()
    {
        Assert.Equal(0, Build(_site.Root).ExitCode);
        var added = new Dictionary<string, string>
        {
            ["assets/.keep"] = "",
            ["vendor/.git/config"] = "[core]\n",
            [".git/HEAD"] = "ref: refs/heads/gh-pages\n",
            ["2026/01/first/.notes"] = "draft notes\n",
            ["README.md"] = "# the gh-pages branch\n",
        };
        foreach (var (path, text) in added) _site.Write("_site/" + path, text);

        _site.Write("content/posts/2026-01-05-first.md", "---\ntitle: First, edited\n---\nChanged.\n");
        _site.Delete("content/posts/2026-01-06-second.md");
        var run = Build(_site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var (path, text) in added) Assert.Equal(text, _site.Read(path));
        Assert.Contains("First, edited", _site.Read("2026/01/first/index.html"));
        Assert.False(_site.Exists("2026/01/second/index.html"));
    }

    [Fact]
    public void A_home_folder_of_dotfiles_is_refused_without_force()
    {
        File.WriteAllText(Elsewhere(".bashrc"), "alias ll='ls -l'\n");
        File.WriteAllText(Elsewhere(".profile"), "PATH=$PATH\n");
        Directory.CreateDirectory(Elsewhere(".config/app"));
        File.WriteAllText(Elsewhere(".config/app/settings"), "x=1\n");
        var before = TreeState.Capture(_elsewhere);

        AssertRefused(Build(_site.Root, "--output", _elsewhere), "it holds files this site does not make, such as .bashrc, .config, .profile.");
        Assert.Equal(before, TreeState.Capture(_elsewhere));
    }

    [Fact]
    public void A_site_built_by_an_older_sfd_is_taken_over_when_this_build_writes_every_file_in_it()
    {
        Assert.Equal(0, Build(_site.Root).ExitCode);
        File.Delete(Path.Combine(_site.Output, ".sfd-manifest"));

        var run = Build(_site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(_site.Exists(".sfd-manifest"));
    }

    [Fact]
    public void A_site_built_by_an_older_sfd_with_pages_this_build_does_not_make_is_refused()
    {
        Assert.Equal(0, Build(_site.Root).ExitCode);
        File.Delete(Path.Combine(_site.Output, ".sfd-manifest"));
        _site.Delete("content/posts/2026-01-06-second.md");
        var before = TreeState.Capture(_site.Output);

        var run = Build(_site.Root);

        AssertRefused(run, "such as 2026/01/second/index.html");
        Assert.Contains("if it is a site built by an older sfd, delete it and build again", run.Error);
        Assert.Equal(before, TreeState.Capture(_site.Output));
    }

    [Fact]
    public void A_file_sfd_did_not_write_is_replaced_only_with_force()
    {
        Assert.Equal(0, Build(_site.Root).ExitCode);
        var manifest = Path.Combine(_site.Output, ".sfd-manifest");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => l != "robots.txt"));
        File.WriteAllText(Path.Combine(_site.Output, "robots.txt"), "mine\n");

        var run = Build(_site.Root);
        AssertRefused(run, "robots.txt was not written by sfd, and the site writes a file of that path; move it away, or pass --force to replace it");
        Assert.Equal("mine\n", _site.Read("robots.txt"));

        Assert.Equal(0, Build(_site.Root, "--force").ExitCode);
        Assert.StartsWith("User-agent", _site.Read("robots.txt"));
    }

    public void Dispose()
    {
        _site.Dispose();
        try { Directory.Delete(_elsewhere, recursive: true); } catch (IOException) { }
    }
}
