using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Tests.Rendering.Markdown;

public sealed class MarkdownCacheTests
{
    private const string Path = "content/posts/2026-01-05-a.md";

    /// <summary>Resolves every content link to a page under <see cref="Prefix"/>, or reports it missing.</summary>
    private sealed class FakeLinks : ILinkResolver
    {
        public string Prefix { get; set; } = "/blog/";
        public bool Missing { get; set; }
        public int Calls { get; private set; }

        public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment)
        {
            Calls++;
            return Missing ? new LinkTarget.Missing("no such file") : new LinkTarget.Page(Prefix + path.Replace(".md", "/"));
        }

        public string RootRelative(string url) => Prefix.TrimEnd('/') + url;
    }

    [Fact]
    public void An_unchanged_body_is_not_rendered_again()
    {
        var cache = new MarkdownCache();
        var links = new FakeLinks();
        var first = cache.Render("Hello *world*.\n", Path, 5, links, new DiagnosticBag());
        var second = cache.Render("Hello *world*.\n", Path, 5, links, new DiagnosticBag());
        Assert.Same(first, second);
        Assert.Equal((1, 1), (cache.Misses, cache.Hits));
        Assert.Equal("<p>Hello <em>world</em>.</p>\n", second.Html.ToString());
    }

    [Fact]
    public void A_table_of_contents_is_made_only_for_a_page_that_shows_one()
    {
        const string body = "## One\n\n## Two\n";
        var cache = new MarkdownCache();
        var links = new FakeLinks();

        var without = cache.Render(body, Path, 5, links, new DiagnosticBag(), toc: false);
        var with = cache.Render(body, Path, 5, links, new DiagnosticBag(), toc: true);
        var withoutAgain = cache.Render(body, Path, 5, links, new DiagnosticBag(), toc: false);

        Assert.Equal("", without.TocHtml);
        Assert.Equal(MarkdownRenderer.Render(body, Path, 5, links, new DiagnosticBag()).TocHtml, with.TocHtml);
        Assert.StartsWith("<ol><li><a href=\"#one\">", with.TocHtml);
        // A result with a table of contents serves a page without one too.
        Assert.Same(with, withoutAgain);
        Assert.Equal((2, 1), (cache.Misses, cache.Hits));
    }

    [Fact]
    public void A_changed_body_is_rendered_again()
    {
        var cache = new MarkdownCache();
        var links = new FakeLinks();
        cache.Render("Old text.\n", Path, 5, links, new DiagnosticBag());
        var changed = cache.Render("New text.\n", Path, 5, links, new DiagnosticBag());
        Assert.Equal("<p>New text.</p>\n", changed.Html.ToString());
        Assert.Equal((2, 0), (cache.Misses, cache.Hits));
    }

    [Fact]
    public void A_body_that_moved_in_its_file_is_rendered_again_for_its_line_numbers()
    {
        var cache = new MarkdownCache();
        var links = new FakeLinks();
        cache.Render("Text.\n", Path, 5, links, new DiagnosticBag());
        cache.Render("Text.\n", Path, 6, links, new DiagnosticBag());
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public void A_body_is_rendered_again_when_a_link_in_it_now_resolves_differently()
    {
        var cache = new MarkdownCache();
        var links = new FakeLinks();
        const string body = "See [the other post](b.md) and ![a picture](/images/x.png).\n";
        var first = cache.Render(body, Path, 5, links, new DiagnosticBag());
        Assert.Contains("href=\"/blog/b/\"", first.Html.ToString());

        links.Prefix = "/moved/";
        var second = cache.Render(body, Path, 5, links, new DiagnosticBag());
        Assert.Contains("href=\"/moved/b/\"", second.Html.ToString());
        Assert.Contains("src=\"/moved/images/x.png\"", second.Html.ToString());
        Assert.Equal((2, 0), (cache.Misses, cache.Hits));

        var third = cache.Render(body, Path, 5, links, new DiagnosticBag());
        Assert.Same(second, third);
    }

    [Fact]
    public void A_body_with_errors_is_never_reused_so_its_errors_are_reported_every_time()
    {
        var cache = new MarkdownCache();
        var links = new FakeLinks { Missing = true };
        const string body = "A [broken link](gone.md).\n";
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var bag = new DiagnosticBag();
            cache.Render(body, Path, 5, links, bag);
            Assert.Equal($"{Path}:5:3: error: link to \"gone.md\": no such file", Assert.Single(bag.Sorted()).ToString());
        }
        Assert.Equal((2, 0), (cache.Misses, cache.Hits));
    }

    [Fact]
    public void Files_a_build_did_not_render_are_forgotten_when_it_finishes()
    {
        var cache = new MarkdownCache();
        var links = new FakeLinks();
        cache.StartBuild();
        cache.Render("Text.\n", Path, 5, links, new DiagnosticBag());
        cache.Render("Other.\n", "content/posts/2026-01-06-b.md", 5, links, new DiagnosticBag());
        cache.FinishBuild();
        cache.StartBuild();
        cache.Render("Other.\n", "content/posts/2026-01-06-b.md", 5, links, new DiagnosticBag());
        cache.FinishBuild();
        cache.StartBuild();
        cache.Render("Text.\n", Path, 5, links, new DiagnosticBag());
        cache.Render("Other.\n", "content/posts/2026-01-06-b.md", 5, links, new DiagnosticBag());
        Assert.Equal((1, 1), (cache.Misses, cache.Hits));
    }

    [Fact]
    public void A_cached_result_equals_a_fresh_render()
    {
        var cache = new MarkdownCache();
        var links = new FakeLinks();
        const string body = "Intro with [a link](b.md).\n\n<!--more-->\n\n## Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n";
        cache.Render(body, Path, 5, links, new DiagnosticBag());
        var cached = cache.Render(body, Path, 5, links, new DiagnosticBag());
        var fresh = MarkdownRenderer.Render(body, Path, 5, links, new DiagnosticBag());
        Assert.Equal(fresh, cached);
        Assert.Equal(1, cache.Hits);
    }
}
