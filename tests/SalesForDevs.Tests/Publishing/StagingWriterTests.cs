using System.Text;
using SalesForDevs.Publishing;

namespace SalesForDevs.Tests.Publishing;

// Issue 14: the staging writer makes each folder once and each file with open, write and close.
public sealed class StagingWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sfd-staging-writer-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Files_from_many_threads_land_with_their_bytes_in_folders_made_for_them()
    {
        Directory.CreateDirectory(_root);
        using (var writer = new StagingWriter(_root))
        {
            Parallel.For(0, 300, i =>
            {
                writer.Write($"2026/{i % 7:00}/post-{i}/index.html", $"<p>é {i}</p>");
                writer.Write($"tags/t{i % 5}/feed-{i}.xml", Encoding.UTF8.GetBytes($"<feed>{i}</feed>"));
            });
            writer.Write("big.bin", Enumerable.Range(0, 3_000_000).Select(i => (byte)i).ToArray());
            writer.Write(".nojekyll", "");
            writer.Complete();
        }

        Assert.Equal("<p>é 123</p>", File.ReadAllText(Path.Combine(_root, "2026", "04", "post-123", "index.html")));
        Assert.Equal("<feed>299</feed>", File.ReadAllText(Path.Combine(_root, "tags", "t4", "feed-299.xml")));
        Assert.Equal(Enumerable.Range(0, 3_000_000).Select(i => (byte)i).ToArray(), File.ReadAllBytes(Path.Combine(_root, "big.bin")));
        Assert.Equal(0, new FileInfo(Path.Combine(_root, ".nojekyll")).Length);
        Assert.Equal(602, Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_folder_made_for_a_file_that_then_failed_is_still_there()
    {
        // Where the page should go there is already a folder of its name, so its folder is made and the file fails.
        Directory.CreateDirectory(Path.Combine(_root, "2026", "a", "index.html"));
        using var writer = new StagingWriter(_root);
        writer.Write("2026/b/index.html", "b");
        writer.Write("2026/a/index.html", "a");

        Assert.ThrowsAny<IOException>(writer.Complete);
        Assert.True(Directory.Exists(Path.Combine(_root, "2026", "a")));
        Assert.True(Directory.Exists(Path.Combine(_root, "2026", "a", "index.html")), "what was in the way is left as it was");
    }

    [Fact]
    public void A_file_already_there_is_not_overwritten()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "index.html"), "theirs");
        using var writer = new StagingWriter(_root);
        writer.Write("index.html", "ours");

        Assert.ThrowsAny<IOException>(writer.Complete);
        Assert.Equal("theirs", File.ReadAllText(Path.Combine(_root, "index.html")));
    }

    [Fact]
    public void New_files_get_the_mode_a_file_the_usual_way_gets()
    {
        if (OperatingSystem.IsWindows()) return;
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "usual.txt"), "x");
        using (var writer = new StagingWriter(_root))
        {
            writer.Write("a/ours.txt", "x");
            writer.Complete();
        }

        Assert.Equal(File.GetUnixFileMode(Path.Combine(_root, "usual.txt")), File.GetUnixFileMode(Path.Combine(_root, "a", "ours.txt")));
        var usualFolder = Path.Combine(_root, "usual-folder");
        Directory.CreateDirectory(usualFolder);
        Assert.Equal(File.GetUnixFileMode(usualFolder), File.GetUnixFileMode(Path.Combine(_root, "a")));
    }

    [Fact]
    public void Creating_a_new_file_reports_what_is_wrong_as_net_does()
    {
        Directory.CreateDirectory(_root);
        var existing = Path.Combine(_root, "there.txt");
        File.WriteAllText(existing, "old");

        Assert.ThrowsAny<IOException>(() => NativeFiles.CreateNew(existing, "new"u8));
        Assert.Equal("old", File.ReadAllText(existing));
        Assert.Throws<DirectoryNotFoundException>(() => NativeFiles.CreateNew(Path.Combine(_root, "missing", "a.txt"), "a"u8));
        NativeFiles.CreateNew(Path.Combine(_root, "empty.txt"), ReadOnlySpan<byte>.Empty);
        Assert.Equal(0, new FileInfo(Path.Combine(_root, "empty.txt")).Length);
    }

    [Fact]
    public void A_new_file_from_segments_holds_them_in_order_and_never_replaces_one_there()
    {
        Directory.CreateDirectory(_root);
        var path = Path.Combine(_root, "feed.xml");
        ReadOnlyMemory<byte>[] segments = ["<rss>"u8.ToArray(), Array.Empty<byte>(), "é…</rss>"u8.ToArray()];

        NativeFiles.CreateNew(path, segments);

        Assert.Equal("<rss>é…</rss>", File.ReadAllText(path));
        Assert.ThrowsAny<IOException>(() => NativeFiles.CreateNew(path, [(ReadOnlyMemory<byte>)"new"u8.ToArray()]));
        Assert.Equal("<rss>é…</rss>", File.ReadAllText(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
