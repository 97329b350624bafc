using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Outputs;
using SalesForDevs.Rendering.Html;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Building;

/// <summary>
/// What one process keeps between builds of the same site (sfd serve): parsed files, rendered markdown, pages, feed
/// entries and the files made from many pages. A caller that watches the site's files tells it what changed
/// (<see cref="FilesChanged"/>), which lets a build skip reading unchanged files and looking at pages no change can
/// reach; without that, every file is read and every page's data compared.
/// </summary>
internal sealed class BuildCache : IBuildCache
{
    private readonly Lock _lock = new();
    // Site-relative paths changed since the last complete build; null while unknown (no watcher, or a lost event).
    private HashSet<string>? _changed;
    private bool _watched;

    public bool KeepsRenderedBodies { get; private set; }

    public ContentCache Content { get; } = new();
    /// <summary>The last graph, used again when only post bodies changed.</summary>
    public GraphCache Graph { get; } = new();
    /// <summary>The parsed theme, kept while its files are unchanged.</summary>
    public ThemeCache Templates { get; } = new();
    public AbsoluteHtmlCache FeedHtml { get; } = new();
    public MarkdownCache Markdown { get; } = new();
    public PageRenderCache Pages { get; } = new();
    /// <summary>Feeds, search documents, the search index and the sitemap, kept with the inputs they were made from.</summary>
    public OutputReuseCache Files { get; } = new();

    /// <summary>
    /// Tells the cache which files changed since the last build (site-relative paths, as a watcher reports them). From
    /// the first call on, the cache trusts these reports: files not named are taken as unchanged.
    /// </summary>
    public void FilesChanged(IEnumerable<string> sitePaths)
    {
        lock (_lock)
        {
            _watched = true;
            _changed?.UnionWith(sitePaths.Select(p => p.Replace('\\', '/')));
        }
    }

    /// <summary>
    /// Any file may have changed (the first build, or a watcher lost events): the next build reads and compares
    /// everything. Like <see cref="FilesChanged"/>, it makes the cache trust the reports that follow.
    /// </summary>
    public void AnythingChanged()
    {
        lock (_lock)
        {
            _watched = true;
            _changed = null;
        }
    }

    public void BuildStarted()
    {
        HashSet<string>? changed;
        lock (_lock) changed = _changed is null ? null : new HashSet<string>(_changed, StringComparer.Ordinal);
        Content.StartBuild(changed);
        Graph.StartBuild(onlyMarkdownChanged: changed is not null && changed.All(IsContentMarkdown));
        Templates.StartBuild(changed);
        Markdown.StartBuild();
        Pages.ResetCounts();
        Files.StartBuild();
    }

    public void BuildFinished(bool complete)
    {
        if (!complete) return;
        KeepsRenderedBodies = true;
        Content.FinishBuild();
        Markdown.FinishBuild();
        Pages.EndBuild();
        Files.FinishBuild();
        // The watcher reports changes made while a build runs in its next batch, after this build: none are lost here.
        lock (_lock) _changed = _watched ? [] : null;
    }

    /// <summary>A post's or page's markdown: a change to one reaches pages only through the graph and that post's body.</summary>
    private static bool IsContentMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.Ordinal)
        && (path.StartsWith(ContentLoader.ContentFolder + "/posts/", StringComparison.Ordinal) || path.StartsWith(ContentLoader.ContentFolder + "/pages/", StringComparison.Ordinal));

    ContentListing IContentParser.List(Func<ContentListing> walk) => Content.List(walk);

    ContentItem? IContentParser.Load(string fullPath, string path, ContentKind kind, DiagnosticBag diagnostics) => Content.Load(fullPath, path, kind, diagnostics);

    IReadOnlyList<ContentItem> IContentParser.LoadAll(ContentListing listing, DiagnosticBag diagnostics, Func<IReadOnlyList<ContentItem>> loadEach,
        Func<ContentFile, ContentItem?> loadOne) => Content.LoadAll(listing, diagnostics, loadEach, loadOne);

    SiteGraph IGraphLinker.Link(Configuration.SiteConfig config, IReadOnlyList<ContentItem> items, PublishRules rules, DiagnosticBag diagnostics)
    {
        var graph = Graph.Link(config, items, rules, diagnostics);
        Markdown.NodesEdited(Graph.Reused ? Graph.Edited : null);
        if (Graph.Reused) Pages.NodesRetitled(Graph.Retitled);
        return graph;
    }

    Theme? IThemeLoader.LoadTheme(string siteDirectory, string themeName, DiagnosticBag diagnostics) => Templates.LoadTheme(siteDirectory, themeName, diagnostics);

    RenderedMarkdown IBodyRenderer.Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline pipeline,
        bool toc) => Markdown.Render(body, sourcePath, bodyStartLine, links, diagnostics, pipeline, toc);

    IReadOnlyDictionary<PostNode, RenderedMarkdown> IBodyRenderer.RenderAll(SiteGraph graph, Func<IReadOnlyDictionary<PostNode, RenderedMarkdown>> renderEach,
        Func<PostNode, RenderedMarkdown> renderOne) => Markdown.RenderAll(graph, renderEach, renderOne);

    void IOutputCache.StartPages(Theme theme, SiteView site, Languages.Translations strings, ViewFactory views) => Pages.BeginBuild(theme, site, strings, views);

    string? IOutputCache.Page(string path, string layout, PostNode? node, Func<PageData> data, Func<PageData, string?> render) =>
        Pages.GetOrRender(path, layout, node, data, render);

    string IOutputCache.AbsoluteHtml(Rendering.Markdown.Utf8Html html, Uri pageUrl) => FeedHtml.Rewrite(html, pageUrl);

    T IOutputCache.Reuse<TInputs, T>(string slot, TInputs inputs, Func<T> make) => Files.Reuse(slot, inputs, make);

    T IOutputCache.ReuseFor<TInputs, T>(string slot, PostNode? node, Func<TInputs> inputs, Func<TInputs, T> make)
    {
        if (Pages.Changes is { } changes && (node is null || !changes.Bodies.Contains(node)) && Files.TryKept<T>(slot, out var kept)) return kept;
        var made = inputs();
        return Files.Reuse(slot, made, () => make(made));
    }

    IReadOnlyList<T> IOutputCache.ReuseEach<TInputs, T>(string slot, IReadOnlyList<PostNode> nodes, Func<PostNode, TInputs> inputs, Func<TInputs, T> make)
    {
        Files.TryGetKept<KeptParts<TInputs, T>>(slot, out var kept);
        var (graph, rendered) = Pages.Inputs ?? throw new InvalidOperationException("parts are made after the build's pages started");
        var next = KeptParts<TInputs, T>.Next(kept, graph, rendered, nodes, Pages.Changes?.Bodies, Pages.LastRendered, inputs, make, out var reused, out var made);
        Files.Keep(slot, next);
        Files.CountParts(reused, made);
        return next.Parts;
    }
}
