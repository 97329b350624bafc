using System.Text;
using System.Text.RegularExpressions;
using SalesForDevs.Building;
using SalesForDevs.Outputs;
using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Serving;

/// <summary>
/// Every kind of edit an author makes while serving reaches the served site, and what is served is byte for byte what
/// a fresh <c>sfd build</c> of the same files writes (issue 14: rebuilds while serving skip work, never correctness).
/// </summary>
public sealed partial class ServeEditTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Five posts (two tags, a series) and a page, so that edits reach lists, feeds and the search index.</summary>
    public const string Files = """
        -- site.yml --
        title: Edit Test
        description: A site for the serve edit tests.
        base_url: https://example.github.io/blog/
        author: { name: Test Author, email: author@example.com }
        paginate: 2
        series:
          guide:
            title: The Guide
            sections: [strategy, tactics]
        -- content/posts/2026-01-01-first.md --
        ---
        title: First
        tags: [alpha]
        series: guide
        section: strategy
        ---
        The opening words of first.

        <!--more-->

        The rest of first.
        -- content/posts/2026-01-08-second.md --
        ---
        title: Second
        tags: [alpha, beta]
        ---
        The opening words of second.

        <!--more-->

        The rest of second, which links to [first](2026-01-01-first.md).
        -- content/posts/2026-01-15-third.md --
        ---
        title: Third
        tags: [beta]
        series: guide
        section: tactics
        builds_on: [first]
        ---
        The opening words of third.

        <!--more-->

        The rest of third.
        -- content/posts/2026-01-22-fourth.md --
        ---
        title: Fourth
        tags: [alpha]
        ---
        The opening words of fourth.

        <!--more-->

        The rest of fourth.
        -- content/posts/2026-01-29-fifth.md --
        ---
        title: Fifth
        tags: [beta]
        ---
        The opening words of fifth.

        <!--more-->

        The rest of fifth.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About this blog.
        """;

    public const string Second = "content/posts/2026-01-08-second.md";

    private static string SecondWith(string title = "Second", string opening = "The opening words of second.", string rest = "The rest of second, which links to [first](2026-01-01-first.md).") =>
        $"---\ntitle: {title}\ntags: [alpha, beta]\n---\n{opening}\n\n<!--more-->\n\n{rest}\n";

    public static TheoryData<string> Edits => new()
    {
        "body", "excerpt", "excerpt of a series part", "title", "title of the newest", "title of a series part", "new post", "deleted post", "front matter", "date",
        "site.yml", "template", "static file",
    };

    public const string Fifth = "content/posts/2026-01-29-fifth.md";

    public const string Third = "content/posts/2026-01-15-third.md";

    /// <summary>Makes one kind of edit, as an author would save it.</summary>
    private static void Edit(TempSite site, string kind)
    {
        switch (kind)
        {
            case "body": site.Write(Second, SecondWith(rest: "The rest of second, rewritten.")); break;
            case "excerpt": site.Write(Second, SecondWith(opening: "A new opening for second.")); break;
            case "title": site.Write(Second, SecondWith(title: "Second, retitled")); break;
            // Shown on the series page and on the page of the post it builds on (put into practice in).
            case "excerpt of a series part": site.Write(Third, File.ReadAllText(Path.Combine(site.Root, Third)).Replace("The opening words of third.", "A new opening for third.", StringComparison.Ordinal)); break;
            // The newest post is in site.recent_posts and on the first home page.
            case "title of the newest": site.Write(Fifth, "---\ntitle: Fifth, retitled\ntags: [beta]\n---\nThe opening words of fifth.\n\n<!--more-->\n\nThe rest of fifth.\n"); break;
            // Shown in the series page, the series feeds, its neighbours' series links and site.series_starts' neighbours.
            case "title of a series part": site.Write(Third, File.ReadAllText(Path.Combine(site.Root, Third)).Replace("title: Third", "title: Third, retitled", StringComparison.Ordinal)); break;
            case "new post": site.Write("content/posts/2026-02-05-sixth.md", "---\ntitle: Sixth\ntags: [gamma]\n---\nThe words of sixth.\n"); break;
            case "deleted post": site.Delete("content/posts/2026-01-22-fourth.md"); break;
            // Moves the post off the alpha tag's page and feeds.
            case "front matter": site.Write(Second, SecondWith().Replace("tags: [alpha, beta]", "tags: [beta]", StringComparison.Ordinal)); break;
            // Moves the post from the second oldest to the newest: every list and its neighbours change.
            case "date": site.Write(Second, SecondWith().Replace("title: Second\n", "title: Second\ndate: 2026-02-01T09:00:00Z\n", StringComparison.Ordinal)); break;
            case "site.yml": site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")).Replace("description: A site", "description: An edited site", StringComparison.Ordinal)); break;
            case "template":
                var layout = Path.Combine(site.Root, "themes/default/layouts/post.scriban");
                File.WriteAllText(layout, File.ReadAllText(layout) + "\n<!-- an edited layout -->\n");
                break;
            case "static file": site.Write("content/static/notes.txt", "edited notes\n"); break;
            default: throw new ArgumentException(kind);
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_edit_reaches_the_served_site_byte_for_byte_as_sfd_build_writes_it(string kind)
    {
        await using var served = await ServedSite.StartAsync(Files + "-- content/static/notes.txt --\nnotes\n");
        var (events, version) = await served.ListenAsync();
        using var _ = events;

        Edit(served.Site, kind);
        var (name, newVersion) = await events.NextAsync(Patience);
        Assert.Equal("reload", name);
        Assert.NotEqual(version, newVersion);
        Assert.False(served.Server.Current.Failed, string.Join("\n", served.Server.Current.Diagnostics));

        var built = BuildFresh(served.Site, served.Server.Origin);
        // Over HTTP, every file the build wrote, with the same bytes (pages carry the reload script only when served).
        foreach (var (path, bytes) in built)
        {
            var response = await served.Http.GetAsync(served.Server.Url + path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
            var body = await response.Content.ReadAsByteArrayAsync();
            if (ReloadScriptInjector.IsHtml(path)) body = Encoding.UTF8.GetBytes(ReloadScript().Replace(Encoding.UTF8.GetString(body), ""));
            Assert.True(bytes.AsSpan().SequenceEqual(body), $"{path} differs from sfd build after a {kind} edit");
        }
        Assert.Equal(built.Keys, Served(served.Server.Current).Keys);
    }

    [Fact]
    public void A_body_edit_reads_one_file_and_looks_at_only_the_page_it_changes()
    {
        using var site = new TempSite(Files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        Assert.True(first.Succeeded);

        site.Write(Second, SecondWith(rest: "The rest of second, rewritten."));
        var report = live.Rebuild(new SiteChanges([Second], 0));

        Assert.True(report.Succeeded);
        Assert.Equal(1, report.FilesRead);
        Assert.Equal(1, report.BodiesRendered);
        // Its own page is the only one whose view is built; every list, tag and series page is reused unseen.
        Assert.Equal(1, report.PagesCompared);
        Assert.Equal(1, report.PagesRendered);
        Assert.Equal(first.PagesRendered - 1, report.PagesReused);
        // Made again: the three feeds of the site and of each of its two tags, which carry its full text, its search
        // document and the index around it. The series' feeds and the sitemap are reused.
        Assert.Equal(3 * 3 + 2, report.OutputsWritten);
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void An_unchanged_rebuild_reads_nothing_and_renders_nothing()
    {
        using var site = new TempSite(Files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        var report = live.Rebuild(new SiteChanges([], 0));

        Assert.Equal(0, report.FilesRead);
        Assert.Equal(0, report.BodiesRendered);
        Assert.Equal(0, report.PagesCompared);
        Assert.Equal(0, report.PagesRendered);
        Assert.Equal(0, report.OutputsWritten);
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void An_edit_to_an_excerpt_reaches_every_list_that_shows_it()
    {
        using var site = new TempSite(Files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        site.Write(Second, SecondWith(opening: "A new opening for second."));
        var report = live.Rebuild(new SiteChanges([Second], 0));

        // The default theme shows summaries on the home pages' cards, the series page and beside the posts a post puts
        // into practice: here its own page and the home page that lists it. The archive and tag pages list titles only.
        Assert.Equal(2, report.PagesRendered);
        Assert.Contains("A new opening for second.", Text(live, "page/2/index.html"));
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void Without_the_watchers_word_every_file_is_read_again()
    {
        using var site = new TempSite(Files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild(new SiteChanges([], 0)).Succeeded);
        Assert.True(live.Rebuild(new SiteChanges([], 0)).Succeeded);

        // Saved without an event reaching the server (lost events, a folder moved in): the next rebuild told so reads all.
        site.Write(Second, SecondWith(rest: "Changed behind the watcher's back."));
        var lost = live.Rebuild(new SiteChanges([], 0) { EventsLost = true });
        Assert.Equal(6, lost.FilesRead);
        Assert.Contains("Changed behind the watcher", Text(live, "2026/01/second/index.html"));
        AssertSameAsBuild(site, live);

        site.Write("content/posts/2026-03-01-moved-in/index.md", "---\ntitle: Moved in\n---\nMoved words.\n");
        var folder = live.Rebuild(new SiteChanges(["content/posts/2026-03-01-moved-in"], 0));
        Assert.Equal(7, folder.FilesRead);
        AssertSameAsBuild(site, live);
    }

    private static ServeOptions Options => new() { Clock = new FixedClock(TempSite.Now) };

    private static string Text(LiveSite live, string path) => Encoding.UTF8.GetString(Bytes(live.Current!.Files[path]));

    private static void AssertSameAsBuild(TempSite site, LiveSite live)
    {
        var built = BuildFresh(site, new Uri(live.Origin + "/"));
        var served = Served(live.Current!);
        Assert.Equal(built.Keys, served.Keys);
        foreach (var (path, bytes) in built)
            Assert.True(bytes.AsSpan().SequenceEqual(served[path]), $"{path} differs from sfd build");
    }

    /// <summary>A fresh build of the same files, for the same local address, in a folder of its own.</summary>
    private static SortedDictionary<string, byte[]> BuildFresh(TempSite site, Uri origin)
    {
        var output = Path.Combine(Path.GetTempPath(), "sfd-serve-build-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(site.Root, output, new BuildOptions { Now = TempSite.Now, ServedFrom = origin.ToString().TrimEnd('/') });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var files = TempSite.Snapshot(output);
            // The build's own bookkeeping, not part of the site.
            files.Remove(SalesForDevs.Publishing.OutputManifest.FileName);
            return files;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static SortedDictionary<string, byte[]> Served(SiteSnapshot snapshot) =>
        new(snapshot.Files.ToDictionary(f => f.Key, f => Bytes(f.Value)), StringComparer.Ordinal);

    private static byte[] Bytes(OutputFile file) =>
        file.Text is not null ? Encoding.UTF8.GetBytes(file.Text) : file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);

    [GeneratedRegex(@"<script data-sfd-live-reload>.*?</script>\n", RegexOptions.Singleline)]
    private static partial Regex ReloadScript();
}
