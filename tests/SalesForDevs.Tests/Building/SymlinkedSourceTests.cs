using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Building;

/// <summary>
/// Symbolic links in the site's sources are followed only while they stay inside the site's folder (issue 11, fault 4):
/// a link to a secret elsewhere is an error naming the link, and a loop or a link to / is an error, not a crash. The
/// previous build stays as it was and nothing outside is read into it.
/// </summary>
public sealed class SymlinkedSourceTests : IDisposable
{
    private const string Secret = "SFD_SECRET_TOKEN=hunter2";
    private const string Site = SiteYml + """
        -- content/posts/2026-01-05-first.md --
        ---
        title: First
        ---
        The first post.
        -- content/static/notes.txt --
        notes

        """;

    private readonly TempSite _site = new(Site);
    private readonly string _outside = Directory.CreateTempSubdirectory("sfd-outside-").FullName;

    public SymlinkedSourceTests()
    {
        File.WriteAllText(Path.Combine(_outside, "passwd"), "root:x:0:0:" + Secret + "\n");
        File.WriteAllText(Path.Combine(_outside, "leak.md"), "---\ntitle: Leak\n---\n" + Secret + "\n");
        Directory.CreateDirectory(Path.Combine(_outside, "keys"));
        File.WriteAllText(Path.Combine(_outside, "keys", "id_rsa"), Secret + "\n");
    }

    private CliInvocation Build() => CliInvocation.Run(_site.Root, "build");

    public static TheoryData<string, string> OutsideLinks() => new()
    {
        { "content/static/env.txt", "{outside}/passwd" },
        { "content/static/keys", "{outside}/keys" },
        { "content/static/root", "/" },
        { "content/posts/2026-01-09-leak.md", "{outside}/leak.md" },
        { "content/pages/leak.md", "{outside}/leak.md" },
        { "themes/default/assets/leak.css", "{outside}/passwd" },
        { "themes/default/layouts/partials/leak.scriban", "{outside}/passwd" },
        { "layouts/post.scriban", "{outside}/passwd" },
    };

    [Theory]
    [MemberData(nameof(OutsideLinks))]
    public void A_link_out_of_the_site_is_an_error_naming_it_and_nothing_is_published(string link, string target)
    {
        Assert.Equal(0, Build().ExitCode);
        var before = TreeState.Capture(_site.Output);
        var outsideBefore = TreeState.Capture(_outside);
        var to = target.Replace("{outside}", _outside);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_site.Root, link))!);
        File.CreateSymbolicLink(Path.Combine(_site.Root, link), to);

        var run = Build();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{link}: error: a symbolic link to {to}, outside the site's folder: sfd publishes only the site's own files", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(before, TreeState.Capture(_site.Output));
        Assert.Equal(outsideBefore, TreeState.Capture(_outside));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    public void Links_to_system_files_are_refused(string target)
    {
        if (!File.Exists(target)) return;
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/static/system.txt"), target);
        var run = Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"content/static/system.txt: error: a symbolic link to {target}, outside the site's folder", run.Error);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_crash()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/static/a"), "b");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/static/b"), "a");
        var run = Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("content/static/a: error: a loop of symbolic links; remove the link", run.Error);
        Assert.Contains("content/static/b: error: a loop of symbolic links; remove the link", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_link_to_a_folder_that_contains_it_is_an_error_not_an_endless_walk()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/static/again"), "..");
        var run = Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("content/static/again: error: a symbolic link to a folder that contains it, a loop; remove the link", run.Error);
    }

    [Fact]
    public void A_link_to_nothing_is_an_error()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/static/gone.txt"), "missing.txt");
        var run = Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("content/static/gone.txt: error: a symbolic link to missing.txt, which does not exist", run.Error);
    }

    [Fact]
    public void Links_that_stay_inside_the_site_are_followed()
    {
        _site.Write("shared/logo.svg", "<svg/>\n");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/static/logo.svg"), "../../shared/logo.svg");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "content/static/shared"), Path.Combine(_site.Root, "shared"));

        var run = Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("<svg/>\n", _site.Read("logo.svg"));
        Assert.Equal("<svg/>\n", _site.Read("shared/logo.svg"));
        Assert.Null(new FileInfo(Path.Combine(_site.Output, "logo.svg")).LinkTarget);
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }
}
