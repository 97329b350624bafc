using System.Diagnostics;
using SalesForDevs.Diagnostics;
using SalesForDevs.Outputs;
using SalesForDevs.Publishing;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Publishing;

public sealed class SitePublisherTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sfd-publish-" + Guid.NewGuid().ToString("N"));
    private string Output => Path.Combine(_root, "_site");

    private static OutputFile Page(string path, string text) => OutputFile.Generated(path, text);

    private int? Publish(IReadOnlyCollection<OutputFile> files, bool force = false)
    {
        var diagnostics = new DiagnosticBag();
        var written = SitePublisher.Publish(Output, files, diagnostics, force);
        Assert.Equal(written is null, diagnostics.HasErrors);
        return written;
    }

    [Fact]
    public void A_first_publish_writes_every_file()
    {
        var written = Publish([Page("index.html", "home"), Page("2026/01/a/index.html", "a"), Page(".nojekyll", "")]);
        Assert.Equal(3, written);
        Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "2026", "01", "a", "index.html")));
        Assert.Equal([".nojekyll", ".sfd-manifest", "2026/01/a/index.html", "index.html"], TempSite.Snapshot(Output).Keys);
        Assert.Empty(Directory.GetDirectories(_root, ".*"));
    }

    [Fact]
    public void A_rebuild_writes_only_changed_files_and_removes_pages_the_site_no_longer_has()
    {
        Publish([Page("index.html", "home"), Page("2026/01/a/index.html", "a"), Page("2026/02/gone/index.html", "old")]);
        var untouched = Path.Combine(Output, "2026", "01", "a", "index.html");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(untouched, stamp);

        var written = Publish([Page("index.html", "home, new"), Page("2026/01/a/index.html", "a"), Page("2026/01/b/index.html", "b")]);

        Assert.Equal(2, written);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(untouched));
        Assert.Equal([".sfd-manifest", "2026/01/a/index.html", "2026/01/b/index.html", "index.html"], TempSite.Snapshot(Output).Keys);
        Assert.Equal("home, new", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "2026", "02")), "a folder emptied by a removed page is deleted");
        Assert.Empty(Directory.GetDirectories(_root, ".*"));
    }

    [Fact]
    public void Hidden_entries_the_site_does_not_make_are_kept()
    {
        Publish([Page("index.html", "home")]);
        Directory.CreateDirectory(Path.Combine(Output, ".git", "objects"));
        File.WriteAllText(Path.Combine(Output, ".git", "HEAD"), "ref: refs/heads/gh-pages\n");

        Publish([Page("index.html", "home, new")]);

        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(Path.Combine(Output, ".git", "HEAD")));
        Assert.True(Directory.Exists(Path.Combine(Output, ".git", "objects")));
    }

    [Fact]
    public void A_hidden_file_in_a_folder_the_site_no_longer_writes_into_is_kept_with_its_folder()
    {
        Publish([Page("index.html", "home"), Page("assets/site.css", "css")]);
        File.WriteAllText(Path.Combine(Output, "assets", ".keep"), "");

        Publish([Page("index.html", "home")]);

        Assert.Equal([".keep"], Directory.GetFileSystemEntries(Path.Combine(Output, "assets")).Select(Path.GetFileName));
    }

    [Fact]
    public void Copied_files_are_compared_by_content()
    {
        Directory.CreateDirectory(_root);
        var source = Path.Combine(_root, "logo.svg");
        File.WriteAllText(source, "<svg/>");
        Publish([OutputFile.Copy("assets/logo.svg", source)]);
        Assert.Equal(0, Publish([OutputFile.Copy("assets/logo.svg", source)]));
        File.WriteAllText(source, "<svg></svg>");
        Assert.Equal(1, Publish([OutputFile.Copy("assets/logo.svg", source)]));
        Assert.Equal("<svg></svg>", File.ReadAllText(Path.Combine(Output, "assets", "logo.svg")));
    }

    [Fact]
    public void The_next_publish_removes_stale_staging_folders_of_this_output_only()
    {
        Publish([Page("index.html", "home")]);
        var stale = Path.Combine(_root, ".sfd-staging-_site-" + new string('a', 32));
        var staleOld = stale + "-old";
        var otherOutputs = Path.Combine(_root, ".sfd-staging-_site-2-" + new string('b', 32));
        foreach (var folder in new[] { stale, staleOld, otherOutputs })
        {
            Directory.CreateDirectory(Path.Combine(folder, "2026"));
            File.WriteAllText(Path.Combine(folder, "2026", "index.html"), "half a site");
        }

        Publish([Page("index.html", "home, new")]);

        Assert.False(Directory.Exists(stale));
        Assert.False(Directory.Exists(staleOld));
        Assert.True(Directory.Exists(otherOutputs), "a staging folder of another output (_site-2) is not this build's to remove");
        Assert.Equal("home, new", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Where_folders_cannot_be_swapped_a_journalled_swap_gives_the_same_site()
    {
        var diagnostics = new DiagnosticBag();
        SitePublisher.Publish(Output, [Page("index.html", "home"), Page("a/index.html", "a")], diagnostics, force: false, exchange: false);
        Directory.CreateDirectory(Path.Combine(Output, ".git"));
        File.WriteAllText(Path.Combine(Output, ".git", "HEAD"), "ref\n");

        var written = SitePublisher.Publish(Output, [Page("index.html", "home, new"), Page("b/index.html", "b")], diagnostics, force: false, exchange: false);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(2, written);
        Assert.Equal([".git/HEAD", ".sfd-manifest", "b/index.html", "index.html"], TempSite.Snapshot(Output).Keys);
        Assert.Equal([], Directory.GetFileSystemEntries(_root, ".sfd-staging-*"));
    }

    /// <summary>The journalled swap is: write the journal, output to OLD, staging to output, OLD to staging, delete the journal.</summary>
    [Theory]
    [InlineData("journal written", "old")]
    [InlineData("old site moved aside", "new")]
    [InlineData("new site moved in", "new")]
    [InlineData("old site moved to staging", "new")]
    public void A_journalled_swap_cut_by_a_kill_is_finished_before_anything_else(string killedAfter, string expected)
    {
        Directory.CreateDirectory(_root);
        var names = new StagingFolders(_root, "_site");
        var staging = names.NewStaging();
        var old = staging + "-old";
        File.WriteAllText(names.JournalFile, Path.GetFileName(staging) + "\n" + Path.GetFileName(old) + "\n");
        var (atOutput, atStaging, atOld) = killedAfter switch
        {
            "journal written" => ("old", "new", null),
            "old site moved aside" => (null, "new", "old"),
            "new site moved in" => ("new", null, "old"),
            _ => ("new", "old", (string?)null),
        };
        foreach (var (folder, text) in new[] { (Output, atOutput), (staging, atStaging), (old, atOld) })
        {
            if (text is null) continue;
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"), text);
        }

        FolderSwap.Recover(Output, names);
        names.RemoveStale();

        Assert.Equal(expected, File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal([Output], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void A_publish_that_waits_too_long_for_another_beside_it_is_refused_with_a_message()
    {
        Publish([Page("index.html", "home")]);
        using var other = PublishLock.TryTake(_root, Path.Combine(_root, "lock"));
        Assert.NotNull(other);
        var diagnostics = new DiagnosticBag();
        var wait = SitePublisher.LockWait;
        SitePublisher.LockWait = TimeSpan.FromMilliseconds(200);
        try
        {
            Assert.Null(SitePublisher.Publish(Output, [Page("index.html", "home, new")], diagnostics));
        }
        finally
        {
            SitePublisher.LockWait = wait;
        }

        Assert.Contains("another sfd build is publishing into", Assert.Single(diagnostics.Sorted()).Message);
        Assert.Equal("home", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void A_program_started_while_a_publish_holds_the_lock_does_not_keep_holding_it()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateDirectory(_root);
        Process child;
        using (var held = PublishLock.TryTake(_root, Path.Combine(_root, "lock")))
        {
            Assert.NotNull(held);
            // A browser or editor started by a test or by the author while a build publishes.
            child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        }
        try
        {
            using var next = PublishLock.TryTake(_root, Path.Combine(_root, "lock"));
            Assert.False(child.HasExited);
            Assert.NotNull(next);
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
            child.Dispose();
        }
    }

    [Fact]
    public async Task A_publish_waits_for_another_beside_it_to_finish_instead_of_failing()
    {
        Publish([Page("index.html", "home")]);
        var other = PublishLock.TryTake(_root, Path.Combine(_root, "lock"));
        Assert.NotNull(other);
        var release = Task.Run(async () => { await Task.Delay(300); other.Dispose(); });
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(SitePublisher.Publish(Output, [Page("index.html", "home, new")], diagnostics));

        await release;
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("home, new", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void The_output_keeps_the_permissions_of_the_folder_it_replaces()
    {
        if (OperatingSystem.IsWindows()) return;
        Publish([Page("index.html", "home")]);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        File.SetUnixFileMode(Output, mode);
        Publish([Page("index.html", "home, new")]);
        Assert.Equal(mode, File.GetUnixFileMode(Output));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
