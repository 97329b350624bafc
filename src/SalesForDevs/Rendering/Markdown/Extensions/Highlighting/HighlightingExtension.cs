using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>Replaces Markdig's code block renderer with <see cref="HtmlHighlightedCodeBlockRenderer"/>.</summary>
internal sealed class HighlightingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var original = html.ObjectRenderers.FindExact<CodeBlockRenderer>();
        if (original is null) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HtmlHighlightedCodeBlockRenderer(original));
    }
}
