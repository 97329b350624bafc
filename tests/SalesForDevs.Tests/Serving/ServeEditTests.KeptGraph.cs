using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Serving;

/// <summary>
/// Edits that change only post bodies or titles keep the last build's graph and theme (issue 14: a body edit at 10,000
/// posts must not link every file again); every other edit links anew. Either way the served site is what sfd build writes.
/// </summary>
public sealed partial class ServeEditTests
{
    /// <summary>Each kind of edit of <see cref="Edits"/>, with whether it may keep the graph and the parsed theme.</summary>
    public static TheoryData<string, bool, bool> KeptOrNot => new()
    {
        { "body", true, true },
        { "excerpt", true, true },
        { "excerpt of a series part", true, true },
        { "title", true, true },
        { "title of the newest", true, true },
        // Its series has no other part of the same date, so the title does not order the series.
        { "title of a series part", true, true },
        { "new post", false, true },
        { "deleted post", false, true },
        { "front matter", false, true },
        { "date", false, true },
        { "site.yml", false, true },
        { "template", false, false },
        { "static file", false, true },
    };

    [Theory]
    [MemberData(nameof(KeptOrNot))]
    public void Only_body_and_title_edits_keep_the_graph_and_only_theme_edits_parse_the_theme_again(string kind, bool graphKept, bool themeKept)
    {
        using var site = new TempSite(Files + "\n-- content/static/notes.txt --\nnotes\n");
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        Assert.False(first.GraphReused);
        Assert.False(first.ThemeReused);

        Edit(site, kind);
        var report = live.Rebuild(new SiteChanges(ChangedPaths(kind), 0));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(graphKept, report.GraphReused);
        Assert.Equal(themeKept, report.ThemeReused);
        AssertSameAsBuild(site, live);
    }

    /// <summary>What the watcher reports for each kind of edit of <see cref="Edit"/>.</summary>
    private static string[] ChangedPaths(string kind) => kind switch
    {
        "new post" => ["content/posts/2026-02-05-sixth.md"],
        "deleted post" => ["content/posts/2026-01-22-fourth.md"],
        "site.yml" => ["site.yml"],
        "template" => ["themes/default/layouts/post.scriban"],
        "static file" => ["content/static/notes.txt"],
        "title of the newest" => [Fifth],
        "title of a series part" or "excerpt of a series part" => [Third],
        _ => [Second],
    };

    [Fact]
    public void A_run_of_edits_of_many_kinds_matches_a_fresh_build_after_each()
    {
        using var site = new TempSite(Files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        // Kept and relinked graphs in turn: what a page was seen to show must carry over from one build to the next.
        foreach (var kind in new[] { "excerpt", "new post", "excerpt of a series part", "title", "excerpt", "date", "title of the newest", "deleted post", "body", "front matter" })
        {
            Edit(site, kind);
            var report = live.Rebuild(new SiteChanges(ChangedPaths(kind), 0));
            Assert.True(report.Succeeded, $"{kind}: {string.Join("\n", report.Diagnostics)}");
            AssertSameAsBuild(site, live);
        }
    }

    /// <summary>Eight posts, so the edited one (the second oldest) is not among the five recent posts every page's sidebar shows.</summary>
    private const string EightPosts = """
        -- site.yml --
        title: Eight
        description: Eight posts.
        base_url: https://example.github.io/blog/
        paginate: 3
        -- content/posts/2026-01-01-p1.md --
        ---
        title: P1
        tags: [odd]
        ---
        Opening of p1, which links to [the heading of p2](2026-01-02-p2.md#a-heading).

        <!--more-->

        Rest of p1.
        -- content/posts/2026-01-02-p2.md --
        ---
        title: P2
        tags: [even]
        ---
        Opening of p2.

        <!--more-->

        ## A heading

        Rest of p2.
        """;

    private const string P2 = "content/posts/2026-01-02-p2.md";

    private static string EightPostsSite() => EightPosts + "\n" + string.Concat(Enumerable.Range(3, 6).Select(i =>
        $"-- content/posts/2026-01-0{i}-p{i}.md --\n---\ntitle: P{i}\ntags: [{(i % 2 == 0 ? "even" : "odd")}]\n---\nOpening of p{i}.\n\n<!--more-->\n\nRest of p{i}.\n"));

    private static string P2With(string opening = "Opening of p2.", string heading = "A heading", string rest = "Rest of p2.") =>
        $"---\ntitle: P2\ntags: [even]\n---\n{opening}\n\n<!--more-->\n\n## {heading}\n\n{rest}\n";

    [Fact]
    public void An_edit_below_the_excerpt_keeps_the_graph_and_looks_at_its_own_page_alone()
    {
        using var site = new TempSite(EightPostsSite());
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        site.Write(P2, P2With(rest: "Rest of p2, rewritten."));
        var report = live.Rebuild(new SiteChanges([P2], 0));

        Assert.True(report.GraphReused);
        Assert.True(report.ThemeReused);
        Assert.Equal(1, report.PagesCompared);
        Assert.Equal(1, report.PagesRendered);
        Assert.Contains("Rest of p2, rewritten.", Text(live, "2026/01/p2/index.html"));
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void An_edit_above_the_excerpt_looks_at_the_pages_that_show_its_summary_and_no_others()
    {
        using var site = new TempSite(EightPostsSite());
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        Assert.True(first.Succeeded);

        site.Write(P2, P2With(opening: "A new opening for p2."));
        var report = live.Rebuild(new SiteChanges([P2], 0));

        Assert.True(report.GraphReused);
        // Its own page and the home page that lists it with its summary. Its neighbours p1 and p3, the archive, its tag's
        // page and the posts that list it among their related posts link it too, but their templates show only its
        // title: their views hold the summary, and the templates never read it.
        Assert.Equal(2, report.PagesCompared);
        Assert.Contains("A new opening for p2.", Text(live, "page/3/index.html"));
        Assert.Contains("A new opening for p2.", Text(live, "2026/01/p2/index.html"));
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void Renaming_a_heading_that_another_post_links_to_matches_a_fresh_build()
    {
        using var site = new TempSite(EightPostsSite());
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        site.Write(P2, P2With(heading: "Another heading"));
        var report = live.Rebuild(new SiteChanges([P2], 0));

        Assert.True(report.GraphReused);
        Assert.Contains("id=\"another-heading\"", Text(live, "2026/01/p2/index.html"));
        // The link in p1 is written as the author wrote it; sfd check finds the anchor gone.
        Assert.Contains("/blog/2026/01/p2/#a-heading", Text(live, "2026/01/p1/index.html"));
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void A_body_edit_after_a_failed_one_matches_a_fresh_build()
    {
        using var site = new TempSite(EightPostsSite());
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        // A link to a file that does not exist stops the build at the markdown stage, after linking kept the graph.
        site.Write(P2, P2With(rest: "See [nothing](2026-12-31-missing.md)."));
        var broken = live.Rebuild(new SiteChanges([P2], 0));
        Assert.False(broken.Succeeded);
        Assert.True(broken.GraphReused);

        site.Write(P2, P2With(opening: "Fixed and reopened."));
        var fixedReport = live.Rebuild(new SiteChanges([P2], 0));
        Assert.True(fixedReport.Succeeded, string.Join("\n", fixedReport.Diagnostics));
        Assert.True(fixedReport.GraphReused);
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void A_kept_graph_reports_linkings_warnings_again()
    {
        // A strategy post no tactics post builds on yet: linking warns about the promise not kept.
        var files = Files.Replace("builds_on: [first]\n", "", StringComparison.Ordinal);
        using var site = new TempSite(files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        var warnings = first.Diagnostics.Where(d => !d.IsError).Select(d => d.ToString()).ToList();
        Assert.NotEmpty(warnings);

        site.Write(Second, SecondWith(rest: "The rest of second, rewritten."));
        var report = live.Rebuild(new SiteChanges([Second], 0));

        Assert.True(report.GraphReused);
        Assert.Equal(warnings, report.Diagnostics.Where(d => !d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void A_post_whose_date_has_come_is_published_by_the_next_rebuild()
    {
        var clock = new MovingClock(TempSite.Now);
        using var site = new TempSite(Files + "\n-- content/posts/2026-06-02-tomorrow.md --\n---\ntitle: Tomorrow\n---\nNot yet.\n");
        var live = new LiveSite(site.Root, new ServeOptions { Clock = clock }, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);
        Assert.False(live.Current!.Files.ContainsKey("2026/06/tomorrow/index.html"));

        clock.Now = TempSite.Now.AddDays(2);
        site.Write(Second, SecondWith(rest: "The rest of second, rewritten."));
        var report = live.Rebuild(new SiteChanges([Second], 0));

        Assert.False(report.GraphReused);
        Assert.True(live.Current!.Files.ContainsKey("2026/06/tomorrow/index.html"));
    }

    [Fact]
    public void A_body_edit_of_a_post_with_taxonomy_terms_keeps_the_graph()
    {
        var files = Files.Replace("paginate: 2\n", "paginate: 2\ntaxonomies:\n  categories: { title: Categories, singular: Category }\n", StringComparison.Ordinal)
            .Replace("title: Second\ntags: [alpha, beta]\n", "title: Second\ntags: [alpha, beta]\ncategories: [Tooling]\n", StringComparison.Ordinal);
        using var site = new TempSite(files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        site.Write(Second, SecondWith(rest: "The rest of second, rewritten.").Replace("tags: [alpha, beta]\n", "tags: [alpha, beta]\ncategories: [Tooling]\n", StringComparison.Ordinal));
        var report = live.Rebuild(new SiteChanges([Second], 0));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.True(report.GraphReused);
        Assert.Equal(1, report.PagesCompared);
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void Retitling_the_newest_post_looks_only_at_the_pages_that_link_it_when_the_theme_shows_no_recent_posts()
    {
        using var site = new TempSite(EightPostsSite());
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        Assert.True(first.Succeeded);

        const string P8 = "content/posts/2026-01-08-p8.md";
        site.Write(P8, "---\ntitle: P8, retitled\ntags: [even]\n---\nOpening of p8.\n\n<!--more-->\n\nRest of p8.\n");
        var report = live.Rebuild(new SiteChanges([P8], 0));

        Assert.True(report.GraphReused);
        // Its page, its older neighbour, the first home page, the archive, its tag's page and the posts it is related to;
        // not the odd posts' pages, the other home pages, the tag index or 404.
        Assert.InRange(report.PagesRendered, 4, first.PagesRendered - 6);
        Assert.Contains("P8, retitled", Text(live, "index.html"));
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void Retitling_the_newest_post_renders_every_page_again_when_the_theme_shows_recent_posts()
    {
        // A footer on every page that lists site.recent_posts, which now holds the new title.
        var footer = "-- layouts/partials/footer.scriban --\n<footer><ul>{{ for post in site.recent_posts }}<li>{{ post.title | html.escape }}</li>{{ end }}</ul></footer>\n";
        using var site = new TempSite(EightPostsSite() + "\n" + footer);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        const string P8 = "content/posts/2026-01-08-p8.md";
        site.Write(P8, "---\ntitle: P8, retitled\ntags: [even]\n---\nOpening of p8.\n\n<!--more-->\n\nRest of p8.\n");
        var report = live.Rebuild(new SiteChanges([P8], 0));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(first.PagesRendered, report.PagesRendered);
        Assert.Contains("<li>P8, retitled</li>", Text(live, "2026/01/p1/index.html"));
        AssertSameAsBuild(site, live);
    }

    private const string P9 = "content/posts/2026-01-09-p9.md";

    [Fact]
    public void A_new_post_does_not_render_again_the_posts_that_share_its_tag_when_they_show_no_count()
    {
        // No related posts, so that a new post changes only its neighbour, the lists and its tag on other pages.
        using var site = new TempSite(EightPostsSite().Replace("paginate: 3\n", "paginate: 3\nrelated: { count: 0 }\n", StringComparison.Ordinal));
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        site.Write(P9, "---\ntitle: P9\ntags: [odd]\n---\nOpening of p9.\n");
        var report = live.Rebuild(new SiteChanges([P9], 0));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        // Its own page, its neighbour p8, the three home pages, the archive, the tag index and the odd tag's page. The
        // pages of p1, p3, p5 and p7 hold the odd tag's new count in their views, but the post layout shows no count.
        Assert.Equal(8, report.PagesRendered);
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void A_new_post_renders_again_the_posts_that_share_its_tag_when_they_show_its_count()
    {
        var counts = "-- layouts/partials/related.scriban --\n<p class=\"tags\">{{ for tag in page.tags }}<span>{{ tag.name }} ({{ tag.count }})</span>{{ end }}</p>\n";
        using var site = new TempSite(EightPostsSite().Replace("paginate: 3\n", "paginate: 3\nrelated: { count: 0 }\n", StringComparison.Ordinal) + "\n" + counts);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        site.Write(P9, "---\ntitle: P9\ntags: [odd]\n---\nOpening of p9.\n");
        var report = live.Rebuild(new SiteChanges([P9], 0));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(12, report.PagesRendered);
        Assert.Contains("odd (5)", Text(live, "2026/01/p1/index.html"));
        AssertSameAsBuild(site, live);

        // And back: the count goes down on every odd post again.
        site.Delete(P9);
        Assert.True(live.Rebuild(new SiteChanges([P9], 0)).Succeeded);
        Assert.Contains("odd (4)", Text(live, "2026/01/p1/index.html"));
        AssertSameAsBuild(site, live);
    }

    private sealed class MovingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
