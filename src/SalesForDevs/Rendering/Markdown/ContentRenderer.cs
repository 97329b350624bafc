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
        var pipeline = MarkdownPipelineFactory.For(graph.Config);
        RenderedMarkdown Render(PostNode node) => bodies.Render(node.Item.Body, node.Item.SourcePath, node.Item.BodyStartLine, links, diagnostics, pipeline, node.ShowsToc);
        return bodies.RenderAll(graph, () =>
        {
            var results = new ConcurrentDictionary<PostNode, RenderedMarkdown>();
            Parallel.ForEach(graph.Posts.Concat(graph.Pages).ToList(), node =>
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
