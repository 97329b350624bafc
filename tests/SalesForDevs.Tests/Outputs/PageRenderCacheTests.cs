using SalesForDevs.Building;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Outputs;

public sealed class PageRenderCacheTests
{
    private static readonly BuildOptions Options = new() { Now = TempSite.Now };

    private static RenderedSite Render(TempSite site, BuildCache? cache)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = SiteBuilder.Render(site.Root, Options, diagnostics, cache);
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Sorted()));
        return rendered;
    }

    private static Dictionary<string, string?> Texts(RenderedSite site) => site.Files.ToDictionary(f => f.Path, f => f.Text);

    private const string Files = SiteYml
        + "-- content/posts/2026-01-01-a.md --\n---\ntitle: A\ntags: [x]\n---\nFirst of a.\n\n<!--more-->\n\nRest of a.\n"
        + "-- content/posts/2026-01-02-b.md --\n---\ntitle: B\ntags: [y]\n---\nFirst of b.\n\n<!--more-->\n\nRest of b.\n"
        + "-- content/posts/2026-01-03-c.md --\n---\ntitle: C\ntags: [z]\n---\nFirst of c.\n\n<!--more-->\n\nRest of c.\n";

    [Fact]
    public void An_unchanged_site_renders_no_page_again()
    {
        using var site = new TempSite(Files);
        var cache = new BuildCache();
        var first = Render(site, cache);
        Assert.Equal(0, cache.Pages.Hits);
        var pages = cache.Pages.Misses;

        var second = Render(site, cache);
        Assert.Equal(0, cache.Pages.Misses);
        Assert.Equal(pages, cache.Pages.Hits);
        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void Editing_a_post_body_renders_only_that_post_again_and_matches_a_full_build()
    {
        using var site = new TempSite(Files);
        var cache = new BuildCache();
        Render(site, cache);

        site.Write("content/posts/2026-01-02-b.md", "---\ntitle: B\ntags: [y]\n---\nFirst of b.\n\n<!--more-->\n\nRest of b, edited.\n");
        var incremental = Render(site, cache);

        Assert.Equal(1, cache.Pages.Misses);
        Assert.Contains("Rest of b, edited.", incremental.Files.Single(f => f.Path == "2026/01/b/index.html").Text);
        Assert.Equal(Texts(Render(site, cache: null)), Texts(incremental));
    }

    [Fact]
    public void Editing_an_older_title_renders_the_pages_that_show_it_again()
    {
        // Seven posts, so the edited one is not among the five recent posts every page's site data carries.
        var files = SiteYml + string.Concat(Enumerable.Range(1, 7).Select(i =>
            $"-- content/posts/2026-01-0{i}-p{i}.md --\n---\ntitle: P{i}\ntags: [t{i}]\n---\nFirst of {i}.\n"));
        using var site = new TempSite(files);
        var cache = new BuildCache();
        Render(site, cache);

        site.Write("content/posts/2026-01-01-p1.md", "---\ntitle: P1 renamed\ntags: [t1]\n---\nFirst of 1.\n");
        var incremental = Render(site, cache);

        // Its own page, its newer neighbour, the home page that lists it, the archive and its tag's page.
        Assert.Equal(5, cache.Pages.Misses);
        Assert.True(cache.Pages.Hits > 5);
        Assert.Equal(Texts(Render(site, cache: null)), Texts(incremental));
    }

    [Fact]
    public void Changing_a_template_renders_every_page_again()
    {
        using var site = new TempSite(Files);
        var cache = new BuildCache();
        Render(site, cache);
        var pages = cache.Pages.Misses;

        site.Write("layouts/partials/footer.scriban", "<footer>changed</footer>\n");
        var incremental = Render(site, cache);

        Assert.Equal(pages, cache.Pages.Misses);
        Assert.All(incremental.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), f => Assert.Contains("<footer>changed</footer>", f.Text));
    }
}
