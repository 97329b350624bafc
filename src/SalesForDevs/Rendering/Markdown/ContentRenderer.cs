using System.Collections.Concurrent;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>Renders the markdown of every published post and page, in parallel: each body is independent once the graph exists.</summary>
internal static class ContentRenderer
{
    /// <summary>Renders each body afresh: what a build does when nothing is kept between builds.</summary>
    public static IBodyRenderer Fresh { get; } = new FreshRenderer();

    /// <param name="bodies">Renders each body; <see cref="Fresh"/> unless the caller keeps results between builds (sfd serve).</param>
    public static IReadOnlyDictionary<PostNode, RenderedMarkdown> RenderAll(SiteGraph graph, ILinkResolver links, DiagnosticBag diagnostics, IBodyRenderer? bodies = null)
    {
        bodies ??= Fresh;
        var results = new ConcurrentDictionary<PostNode, RenderedMarkdown>();
        var nodes = graph.Posts.Concat(graph.Pages).ToList();
        var pipeline = MarkdownPipelineFactory.For(graph.Config);
        Parallel.ForEach(nodes, node =>
        {
            var item = node.Item;
            results[node] = bodies.Render(item.Body, item.SourcePath, item.BodyStartLine, links, diagnostics, pipeline);
            if (bodies.ReleasesBodies) item.ReleaseBody();
        });
        return results;
    }

    private sealed class FreshRenderer : IBodyRenderer
    {
        public RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline pipeline) =>
            MarkdownRenderer.Render(body, sourcePath, bodyStartLine, links, diagnostics, pipeline);
    }
}
