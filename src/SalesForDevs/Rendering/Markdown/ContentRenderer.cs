using System.Collections.Concurrent;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>Renders the markdown of every published post and page, in parallel: each body is independent once the graph exists.</summary>
public static class ContentRenderer
{
    /// <param name="cache">Optional: results of earlier builds in this process; unchanged bodies are taken from it (sfd serve).</param>
    public static IReadOnlyDictionary<PostNode, RenderedMarkdown> RenderAll(SiteGraph graph, ILinkResolver links, DiagnosticBag diagnostics, MarkdownCache? cache = null)
    {
        var results = new ConcurrentDictionary<PostNode, RenderedMarkdown>();
        var nodes = graph.Posts.Concat(graph.Pages).ToList();
        var pipeline = MarkdownPipelineFactory.For(graph.Config);
        Parallel.ForEach(nodes, node =>
        {
            var item = node.Item;
            results[node] = cache is null
                ? MarkdownRenderer.Render(item.Body, item.SourcePath, item.BodyStartLine, links, diagnostics, pipeline)
                : cache.Render(item.Body, item.SourcePath, item.BodyStartLine, links, diagnostics, pipeline);
        });
        cache?.KeepOnly(nodes.Select(n => n.Item.SourcePath));
        return results;
    }
}
