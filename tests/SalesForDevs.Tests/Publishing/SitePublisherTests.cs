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

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
