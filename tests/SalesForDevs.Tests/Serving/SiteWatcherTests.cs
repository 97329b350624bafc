using System.Collections.Concurrent;
using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Serving;

public sealed class SiteWatcherTests
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    private static async Task<SiteChanges> NextAsync(BlockingCollection<SiteChanges> batches) =>
        await Task.Run(() => batches.TryTake(out var batch, TimeSpan.FromSeconds(10)) ? batch : throw new TimeoutException("no change was reported"));

    [Fact]
    public async Task A_burst_of_saves_is_reported_once_with_every_path()
    {
        using var site = new TempSite("-- site.yml --\ntitle: T\n-- content/posts/a.md --\nA\n", copyTheme: false);
        using var batches = new BlockingCollection<SiteChanges>();
        using var watcher = new SiteWatcher(site.Root, Debounce, changes => { batches.Add(changes); return Task.CompletedTask; });
        watcher.Start();

        site.Write("content/posts/a.md", "A2\n");
        site.Write("content/posts/b.md", "B\n");
        site.Write("site.yml", "title: T2\n");
        site.Write("_site/index.html", "not watched\n");

        var batch = await NextAsync(batches);
        Assert.Equal(["content/posts/a.md", "content/posts/b.md", "site.yml"], batch.Paths);
        Assert.False(batches.TryTake(out var extra, TimeSpan.FromMilliseconds(600)), $"a second batch came: {string.Join(", ", extra?.Paths ?? [])}");
    }

    [Fact]
    public async Task Changes_outside_the_watched_folders_are_ignored_and_a_new_layouts_folder_is_watched()
    {
        using var site = new TempSite("-- site.yml --\ntitle: T\n-- content/posts/a.md --\nA\n", copyTheme: false);
        using var batches = new BlockingCollection<SiteChanges>();
        using var watcher = new SiteWatcher(site.Root, Debounce, changes => { batches.Add(changes); return Task.CompletedTask; });
        watcher.Start();

        site.Write("_site/index.html", "output\n");
        site.Write("notes/todo.md", "not part of the site\n");
        Assert.False(batches.TryTake(out _, TimeSpan.FromMilliseconds(600)));

        Directory.CreateDirectory(Path.Combine(site.Root, "layouts"));
        Assert.Contains("layouts", (await NextAsync(batches)).Paths);
        site.Write("layouts/post.scriban", "{{ content }}\n");
        Assert.Contains("layouts/post.scriban", (await NextAsync(batches)).Paths);
    }

    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("content/posts/2026-01-05-hello.md", true)]
    [InlineData("content/static/images/a.png", true)]
    [InlineData("themes/default/layouts/post.scriban", true)]
    [InlineData("layouts/base.scriban", true)]
    [InlineData("content", true)]
    [InlineData("_site/index.html", false)]
    [InlineData(".git/index", false)]
    [InlineData("README.md", false)]
    [InlineData("src/SalesForDevs/Serving/SiteServer.cs", false)]
    [InlineData("contents/x.md", false)]
    [InlineData("content/posts/.2026-01-05-hello.md.swp", false)]
    [InlineData("content/posts/2026-01-05-hello.md~", false)]
    [InlineData("content/posts/.#2026-01-05-hello.md", false)]
    [InlineData("content/posts/4913", false)]
    public void Only_files_a_build_reads_trigger_a_rebuild(string path, bool expected)
    {
        Assert.Equal(expected, SiteWatcher.IsWatched(path));
    }
}
