using SalesForDevs.Outputs;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Building;

/// <summary>What one process keeps between builds of the same site (sfd serve): rendered markdown and rendered pages.</summary>
public sealed class BuildCache
{
    public MarkdownCache Markdown { get; } = new();
    public PageRenderCache Pages { get; } = new();
}
