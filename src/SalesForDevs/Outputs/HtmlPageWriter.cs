using System.Collections.Concurrent;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// Renders every HTML page of the site through the theme, in parallel: posts, pages, the paginated home,
/// the archive, tags, series pages and 404.html.
/// </summary>
internal static class HtmlPageWriter
{
    public static IReadOnlyList<OutputFile> Write(SiteGraph graph, PageViewBuilder pages, ViewFactory views, TemplateRenderer renderer, DiagnosticBag diagnostics,
        IOutputCache cache, IOutputSink? sink = null)
    {
        // Each page's data is made only when asked for: sfd serve reuses most pages without building it.
        var jobs = new List<(string Path, string Layout, Func<PageData> Data, string Source, PostNode? Node)>();
        static Func<PageData> Page(Func<PageView> view) => () => new PageData(view(), null);
        foreach (var node in graph.Posts.Concat(graph.Pages))
        {
            jobs.Add((node.OutputPath, node.Layout, Page(() => pages.Post(node)), node.Item.SourcePath, node));
        }
        foreach (var (path, number, paginator) in HomePages(graph, views))
        {
            jobs.Add((path, "list", () =>
            {
                var title = number == 1 ? graph.Config.Title : graph.Config.Strings.Text("home_page_title", ("site", graph.Config.Title), ("page", number));
                var p = paginator();
                return new PageData(pages.Home(number == 1 ? "/" : $"/page/{number}/", title, p.Posts), p);
            }, "the home page", null));
        }
        jobs.Add(("archive/index.html", "archive", Page(pages.Archive), "the archive", null));
        jobs.Add(("tags/index.html", "tags", Page(pages.Tags), "the tag index", null));
        foreach (var tag in graph.Tags)
            jobs.Add((Permalinks.OutputPathFor(tag.Url), "tag", Page(() => pages.Tag(tag)), $"the page of tag `{tag.Name}`", null));
        foreach (var (path, layout, view, source) in TaxonomyPages.Jobs(graph, pages, renderer.Theme))
            jobs.Add((path, layout, Page(view), source, null));
        foreach (var series in graph.Series)
            jobs.Add((Permalinks.OutputPathFor(series.Url), "series", Page(() => pages.Series(series)), $"the page of series `{series.Key}`", null));
        jobs.Add(("404.html", "404", Page(pages.NotFound), "404.html", null));
        // A content page at /search/ wins: an author may write their own, with layout: search.
        var searchPath = Permalinks.OutputPathFor(SearchPage.Url);
        if (pages.HasSearchPage && !graph.Pages.Concat(graph.Posts).Any(p => p.OutputPath == searchPath))
            jobs.Add((searchPath, SearchPage.Layout, Page(pages.Search), "the search page", null));

        var files = new ConcurrentBag<OutputFile>();
        // With nothing kept between builds and a sink to take them, pages go from the templates to UTF-8 to the sink.
        var stream = cache.KeepsPages ? null : sink;
        Parallel.ForEach(jobs, job =>
        {
            if (stream is not null)
            {
                var data = job.Data();
                if (PageStreamer.Render(renderer, job.Path, job.Layout, data.View, data.Paginator, job.Source, stream) is { } written) files.Add(written);
                return;
            }
            // Cleaned as rendered, so a page kept between builds (sfd serve) is not scanned again.
            var html = cache.Page(job.Path, job.Layout, job.Node, job.Data,
                data => renderer.Stopped ? null : renderer.RenderPage(job.Layout, data.View, data.Paginator, job.Source) is { } page ? ControlCharacters.Remove(page) : null);
            if (html is null) return;
            var file = OutputFile.Generated(job.Path, html);
            files.Add(sink?.Write(file) ?? file);
        });
        renderer.ReportFailures(diagnostics);
        return files.ToList();
    }

    /// <summary>Home page 1 at /, page n at /page/n/.</summary>
    private static IEnumerable<(string Path, int Page, Func<PaginatorView> Paginator)> HomePages(SiteGraph graph, ViewFactory views)
    {
        var size = graph.Config.Paginate;
        var total = Math.Max(1, (graph.Posts.Count + size - 1) / size);
        string Url(int page) => views.Urls.Relative(page == 1 ? "/" : $"/page/{page}/");
        for (var page = 1; page <= total; page++)
        {
            var number = page;
            yield return (page == 1 ? "index.html" : $"page/{page}/index.html", number, () => new PaginatorView(number, total, graph.Posts.Count,
                views.Refs(graph.Posts.Skip((number - 1) * size).Take(size)),
                number > 1 ? Url(number - 1) : "", number < total ? Url(number + 1) : "", Url(1), Url(total)));
        }
    }
}
