using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

/// <summary>
/// Gives every heading with an id a link to itself ("#"), which the theme shows on hover and focus. Needs the ids,
/// so AutoIdentifiers must be registered too (it sets them while parsing, before any rendering).
/// </summary>
/// <param name="label">The link's aria-label, "{heading}" standing for the heading's text (the site's language).</param>
internal sealed class HeadingAnchorsExtension(string label) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Contains<HeadingRenderer>())
            html.ObjectRenderers.Replace<HeadingRenderer>(new HtmlAnchoredHeadingRenderer(label));
    }
}
