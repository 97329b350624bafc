using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>Produces every file of the site from the graph and the rendered markdown: pages, feeds, sitemap and the small files GitHub Pages wants.</summary>
internal static class SiteOutputs
{
    /// <summary>Renders every page and feed entry afresh: what a build does when nothing is kept between builds.</summary>
    public static IOutputCache Fresh { get; } = new FreshOutputs();

    /// <param name="cache">Renders pages and feed entries; <see cref="Fresh"/> unless the caller keeps them between builds (sfd serve).</param>
    public static IReadOnlyList<OutputFile> Generate(string siteDirectory, SiteGraph graph, IReadOnlyDictionary<PostNode, RenderedMarkdown> rendered,
        Theme theme, DiagnosticBag diagnostics, IOutputCache? cache = null, IOutputSink? sink = null)
    {
        cache ??= Fresh;
        var urls = new UrlBuilder(graph.Config.BaseUrl);
        var views = new ViewFactory(graph, rendered, urls);
        var site = SiteViewBuilder.Build(graph, views, theme.Has(SearchPage.Layout));
        var renderer = new TemplateRenderer(theme, site, urls, TemplateLimits.ForSite(graph), graph.Config.Strings);
        cache.StartPages(theme, site, graph.Config.Strings, views);
        var pages = HtmlPageWriter.Write(graph, new PageViewBuilder(views, site.Feeds) { HasSearchPage = site.SearchUrl.Length > 0 }, views, renderer, diagnostics, cache, sink);

        var files = new List<OutputFile>(pages);
        files.AddRange(Feeds.FeedWriter.Write(graph, rendered, urls, cache, sink));
        if (graph.Config.Search.Enabled) files.Add(Search.SearchIndexWriter.Write(graph, views, cache));
        files.Add(SitemapWriter.Sitemap(graph, pages, urls, cache));
        files.Add(SitemapWriter.Robots(urls));
        // GitHub Pages runs Jekyll on a branch unless told not to; our output is final.
        files.Add(OutputFile.Generated(".nojekyll", ""));
        if (!string.IsNullOrWhiteSpace(graph.Config.Cname)) files.Add(OutputFile.Generated("CNAME", graph.Config.Cname.Trim() + "\n"));

        // Aliases come after the sitemap and feeds, which must not list them.
        files.AddRange(Aliases.AliasPageWriter.Write(graph, urls, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), diagnostics));
        var generated = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Bundles.BundleFiles.Collect(siteDirectory, graph))
        {
            if (generated.Add(file.Path)) files.Add(file);
            else diagnostics.Error("bundle-collision", $"this file would be published as {file.Path}, which the site already writes; rename it",
                new SourceLocation(Path.GetRelativePath(siteDirectory, file.CopyFrom!).Replace('\\', '/')));
        }
        foreach (var file in StaticFiles.Collect(siteDirectory, theme.Files, diagnostics))
        {
            if (generated.Contains(file.Path))
                diagnostics.Warning("static-shadowed", $"static file {file.Path} has the same path as a generated file and is not copied", new SourceLocation(file.CopyFrom is null ? file.Path : Path.GetRelativePath(siteDirectory, file.CopyFrom).Replace('\\', '/')));
            else files.Add(file);
        }
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private sealed class FreshOutputs : IOutputCache
    {
        public void StartPages(Theme theme, SiteView site, Languages.Translations strings, ViewFactory views) { }

        public string? Page(string path, string layout, PostNode? node, Func<PageData> data, Func<PageData, string?> render) => render(data());

        public bool KeepsPages => false;

        public string AbsoluteHtml(Rendering.Markdown.Utf8Html html, Uri pageUrl) => Rendering.Html.AbsoluteUrlRewriter.Rewrite(html, pageUrl);

        public T Reuse<TInputs, T>(string slot, TInputs inputs, Func<T> make) where TInputs : IEquatable<TInputs> where T : class => make();

        public T ReuseFor<TInputs, T>(string slot, PostNode? node, Func<TInputs> inputs, Func<TInputs, T> make) where TInputs : IEquatable<TInputs> where T : class => make(inputs());

        public IReadOnlyList<T> ReuseEach<TInputs, T>(string slot, IReadOnlyList<PostNode> nodes, Func<PostNode, TInputs> inputs, Func<TInputs, T> make)
            where TInputs : IEquatable<TInputs> where T : class => KeptParts<TInputs, T>.MakeAll(nodes, inputs, make);
    }
}
