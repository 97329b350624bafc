using Markdig;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Renders one body (<see cref="MarkdownRenderer.Render"/>). A build renders every body; sfd serve passes a
/// <see cref="MarkdownCache"/> that hands back the result of a body whose text and links did not change.
/// </summary>
internal interface IBodyRenderer
{
    /// <param name="toc">Whether the page shows a table of contents: only then is <see cref="RenderedMarkdown.TocHtml"/> made.</param>
    RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, MarkdownPipeline pipeline, bool toc);

    /// <summary>Whether each post's markdown may be let go once rendered: true only where nothing renders it again (a build that keeps nothing).</summary>
    bool ReleasesBodies => false;

    /// <summary>
    /// Every body of <paramref name="graph"/>: <paramref name="renderEach"/>'s results, or, when the renderer knows which
    /// nodes changed since its last complete build with the same graph (sfd serve), that build's results with only the
    /// changed nodes rendered again by <paramref name="renderOne"/>.
    /// </summary>
    IReadOnlyDictionary<Linking.PostNode, RenderedMarkdown> RenderAll(Linking.SiteGraph graph, Func<IReadOnlyDictionary<Linking.PostNode, RenderedMarkdown>> renderEach,
        Func<Linking.PostNode, RenderedMarkdown> renderOne) => renderEach();
}
