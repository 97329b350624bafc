using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Outputs;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Building;

/// <summary>A build that keeps nothing (sfd build, check, notify): every stage does all its work.</summary>
internal sealed class NoBuildCache : IBuildCache
{
    public static NoBuildCache Instance { get; } = new();

    public void BuildStarted() { }

    public void BuildFinished(bool complete) { }

    public ContentListing List(Func<ContentListing> walk) => walk();

    public ContentItem? Load(string fullPath, string path, ContentKind kind, DiagnosticBag diagnostics) =>
        ContentLoader.Fresh.Load(fullPath, path, kind, diagnostics);

    public SiteGraph Link(Configuration.SiteConfig config, IReadOnlyList<ContentItem> items, PublishRules rules, DiagnosticBag diagnostics) =>
        SiteLinker.Fresh.Link(config, items, rules, diagnostics);

    public Theme? LoadTheme(string siteDirectory, string themeName, DiagnosticBag diagnostics) => ThemeLoader.Fresh.LoadTheme(siteDirectory, themeName, diagnostics);

    public RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline pipeline,
        bool toc) => ContentRenderer.Fresh.Render(body, sourcePath, bodyStartLine, links, diagnostics, pipeline, toc);

    /// <summary>Nothing renders a body twice in a build that keeps nothing, so each is let go once rendered.</summary>
    public bool ReleasesBodies => true;

    public void StartPages(Theme theme, SiteView site, Languages.Translations strings, ViewFactory views) => SiteOutputs.Fresh.StartPages(theme, site, strings, views);

    public string? Page(string path, string layout, PostNode? node, Func<PageData> data, Func<PageData, string?> render) =>
        SiteOutputs.Fresh.Page(path, layout, node, data, render);

    public bool KeepsPages => false;

    public string AbsoluteHtml(Rendering.Markdown.Utf8Html html, Uri pageUrl) => SiteOutputs.Fresh.AbsoluteHtml(html, pageUrl);

    public T Reuse<TInputs, T>(string slot, TInputs inputs, Func<T> make) where TInputs : IEquatable<TInputs> where T : class => make();

    public T ReuseFor<TInputs, T>(string slot, PostNode? node, Func<TInputs> inputs, Func<TInputs, T> make) where TInputs : IEquatable<TInputs> where T : class => make(inputs());

    public IReadOnlyList<T> ReuseEach<TInputs, T>(string slot, IReadOnlyList<PostNode> nodes, Func<PostNode, TInputs> inputs, Func<TInputs, T> make)
        where TInputs : IEquatable<TInputs> where T : class => SiteOutputs.Fresh.ReuseEach(slot, nodes, inputs, make);
}
