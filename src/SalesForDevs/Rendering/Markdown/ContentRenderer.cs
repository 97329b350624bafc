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
    /// <param name="ready">Which posts to render first (their code is highlighted already); the others follow.</param>
    public static IReadOnlyDictionary<PostNode, RenderedMarkdown> RenderAll(SiteGraph graph, ILinkResolver links, DiagnosticBag diagnostics, IBodyRenderer? bodies = null,
        Func<PostNode, bool>? ready = null)
    {
        bodies ??= Fresh;
        var pipeline = MarkdownPipelineFactory.For(graph.Config);
        RenderedMarkdown Render(PostNode node) => bodies.Render(node.Item.Body, node.Item.SourcePath, node.Item.BodyStartLine, links, diagnostics, pipeline, node.ShowsToc);
        return bodies.RenderAll(graph, () =>
        {
            var results = new ConcurrentDictionary<PostNode, RenderedMarkdown>();
            var nodes = graph.Posts.Concat(graph.Pages).ToList();
            if (ready is not null)
            {
                var (first, later) = (new List<PostNode>(nodes.Count), new List<PostNode>());
                foreach (var node in nodes) (ready(node) ? first : later).Add(node);
                nodes = [.. first, .. later];
            }
            // Handed out one at a time, not in fixed ranges: a post may wait for its code, and the others go on meanwhile.
            Parallel.ForEach(Partitioner.Create(nodes, EnumerablePartitionerOptions.NoBuffering), node =>
            {
                results[node] = Render(node);
                if (bodies.ReleasesBodies) node.Item.ReleaseBody();
            });
            return results;
        }, Render);
    }

    private sealed class FreshRenderer : IBodyRenderer
    {
        public RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline pipeline,
            bool toc) => MarkdownRenderer.Render(body, sourcePath, bodyStartLine, links, diagnostics, pipeline, toc);
    }
}
