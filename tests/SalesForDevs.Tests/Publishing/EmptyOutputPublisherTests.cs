using SalesForDevs.Diagnostics;
using SalesForDevs.Outputs;
using SalesForDevs.Publishing;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Publishing;

// Issue 14: a first build streams its pages into the staging folder while it renders.
public sealed class EmptyOutputPublisherTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sfd-empty-publish-" + Guid.NewGuid().ToString("N"));
    private string Output => Path.Combine(_root, "_site");

    private static OutputFile Page(string path, string text) => OutputFile.Generated(path, text);

    private string[] StagingFolders() => Directory.Exists(_root) ? Directory.GetFileSystemEntries(_root, ".sfd-staging-*") : [];

    [Fact]
    public void Pages_written_while_rendering_and_files_left_at_the_end_make_one_site()
    {
        var diagnostics = new DiagnosticBag();
        using (var publisher = EmptyOutputPublisher.TryStart(Output))
        {
            Assert.NotNull(publisher);
            var streamed = Enumerable.Range(0, 200).AsParallel().Select(i => publisher.Write(Page($"2026/01/p{i}/index.html", $"<p>é {i}</p>"))).ToList();
            Assert.All(streamed, f => Assert.Null(f.Text));
            Assert.Equal(11, streamed.Single(f => f.Path == "2026/01/p7/index.html").WrittenLength);
            Assert.False(Directory.Exists(Output), "nothing reaches the output before the swap");

            var files = streamed.Append(Page(".nojekyll", "")).Append(OutputFile.Data("assets/a.bin", [1, 2, 3])).ToList();
            Assert.Equal(202, publisher.Finish(files, diagnostics, force: false));
        }

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("<p>é 7</p>", File.ReadAllText(Path.Combine(Output, "2026", "01", "p7", "index.html")));
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(Path.Combine(Output, "assets", "a.bin")));
        var manifest = OutputManifest.Read(Output)!;
        Assert.Equal(202, manifest.Count);
        Assert.Contains("2026/01/p199/index.html", manifest);
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void A_page_encoded_into_a_pooled_buffer_is_written_as_its_bytes()
    {
        using (var publisher = EmptyOutputPublisher.TryStart(Output))
        {
            Assert.NotNull(publisher);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64);
            var length = System.Text.Encoding.UTF8.GetBytes("<p>ü</p>", buffer);
            var written = publisher.Write("index.html", buffer, length);
            Assert.Equal(9, written.WrittenLength);
            Assert.Null(written.Text);
            Assert.Equal(1, publisher.Finish([written], new DiagnosticBag(), force: false));
        }
        Assert.Equal("<p>ü</p>", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void A_build_that_stops_before_finishing_leaves_no_output_and_no_staging()
    {
        using (var publisher = EmptyOutputPublisher.TryStart(Output))
        {
            Assert.NotNull(publisher);
            publisher.Write(Page("index.html", "half a site"));
        }

        Assert.False(Directory.Exists(Output));
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void An_empty_folder_is_replaced_and_a_folder_with_anything_in_it_goes_the_usual_way()
    {
        Directory.CreateDirectory(Output);
        using (var publisher = EmptyOutputPublisher.TryStart(Output))
        {
            Assert.NotNull(publisher);
            Assert.Equal(1, publisher.Finish([publisher.Write(Page("index.html", "home"))], new DiagnosticBag(), force: false));
        }
        Assert.Equal("home", File.ReadAllText(Path.Combine(Output, "index.html")));

        Assert.Null(EmptyOutputPublisher.TryStart(Output));
    }

    [Fact]
    public void While_another_build_publishes_beside_it_the_usual_way_waits_its_turn()
    {
        Directory.CreateDirectory(_root);
        using var other = PublishLock.TryTake(_root, Path.Combine(_root, "lock"));
        Assert.NotNull(other);

        Assert.Null(EmptyOutputPublisher.TryStart(Output));
    }

    [Fact]
    public void A_file_someone_put_into_the_output_during_the_build_is_kept()
    {
        var diagnostics = new DiagnosticBag();
        using (var publisher = EmptyOutputPublisher.TryStart(Output))
        {
            Assert.NotNull(publisher);
            var files = new List<OutputFile> { publisher.Write(Page("index.html", "home")), publisher.Write(Page("a/index.html", "a")) };
            Directory.CreateDirectory(Path.Combine(Output, ".git"));
            File.WriteAllText(Path.Combine(Output, ".git", "HEAD"), "ref\n");

            Assert.Equal(2, publisher.Finish(files, diagnostics, force: false));
        }

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal([".git/HEAD", ".sfd-manifest", "a/index.html", "index.html"], TempSite.Snapshot(Output).Keys);
        Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "a", "index.html")));
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void Two_outputs_of_one_path_fail_the_publish_instead_of_one_silently_winning()
    {
        using (var publisher = EmptyOutputPublisher.TryStart(Output))
        {
            Assert.NotNull(publisher);
            var files = new[] { publisher.Write(Page("index.html", "one")), publisher.Write(Page("index.html", "two")) };
            Assert.ThrowsAny<IOException>(() => publisher.Finish(files, new DiagnosticBag(), force: false));
        }

        Assert.False(Directory.Exists(Output));
        Assert.Empty(StagingFolders());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
