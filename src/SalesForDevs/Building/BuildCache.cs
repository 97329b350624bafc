using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Outputs;
using SalesForDevs.Rendering.Html;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Building;

/// <summary>What one process keeps between builds of the same site (sfd serve): parsed files, rendered markdown, pages and feed entries.</summary>
internal sealed class BuildCache : IBuildCache
{
    public ContentCache Content { get; } = new();
    public AbsoluteHtmlCache FeedHtml { get; } = new();
    public MarkdownCache Markdown { get; } = new();
    public PageRenderCache Pages { get; } = new();

    public void BuildStarted()
    {
        Content.StartBuild();
        Markdown.StartBuild();
        Pages.ResetCounts();
    }

    public void BuildFinished(bool complete)
    {
        if (!complete) return;
        Content.FinishBuild();
        Markdown.FinishBuild();
        Pages.EndBuild();
    }

    ContentItem? IContentParser.Parse(string text, string path, ContentKind kind, DiagnosticBag diagnostics) => Content.Parse(text, path, kind, diagnostics);

    RenderedMarkdown IBodyRenderer.Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline pipeline) =>
        Markdown.Render(body, sourcePath, bodyStartLine, links, diagnostics, pipeline);

    void IOutputCache.StartPages(Theme theme, SiteView site, Languages.Translations strings) => Pages.BeginBuild(theme, site, strings);

    string? IOutputCache.Page(string layout, PageView page, PaginatorView? paginator, Func<string?> render) => Pages.GetOrRender(layout, page, paginator, render);

    string IOutputCache.AbsoluteHtml(string html, Uri pageUrl) => FeedHtml.Rewrite(html, pageUrl);
}
