using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
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

    public ContentItem? Parse(string text, string path, ContentKind kind, DiagnosticBag diagnostics) =>
        ContentLoader.Fresh.Parse(text, path, kind, diagnostics);

    public RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline pipeline) =>
        ContentRenderer.Fresh.Render(body, sourcePath, bodyStartLine, links, diagnostics, pipeline);

    public void StartPages(Theme theme, SiteView site, Languages.Translations strings) => SiteOutputs.Fresh.StartPages(theme, site, strings);

    public string? Page(string layout, PageView page, PaginatorView? paginator, Func<string?> render) => SiteOutputs.Fresh.Page(layout, page, paginator, render);

    public string AbsoluteHtml(string html, Uri pageUrl) => SiteOutputs.Fresh.AbsoluteHtml(html, pageUrl);
}
