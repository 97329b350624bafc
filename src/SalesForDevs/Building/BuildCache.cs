using SalesForDevs.Content;
using SalesForDevs.Outputs;
using SalesForDevs.Rendering.Html;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Building;

/// <summary>What one process keeps between builds of the same site (sfd serve): parsed files, rendered markdown, pages and feed entries.</summary>
public sealed class BuildCache
{
    public ContentCache Content { get; } = new();
    public AbsoluteHtmlCache FeedHtml { get; } = new();
    public MarkdownCache Markdown { get; } = new();
    public PageRenderCache Pages { get; } = new();
}
