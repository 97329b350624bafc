using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown.Extensions.RawHtml;

/// <summary>
/// <c>markdown: { raw_html: false }</c>: HTML written in markdown is shown as text, for sites that publish posts
/// from authors they do not fully trust. It runs right after parsing, so HTML that sfd itself adds to the tree
/// later (promised links, shortcodes) is untouched; the <c>&lt;!--more--&gt;</c> marker still marks the excerpt.
/// </summary>
internal sealed class EscapeRawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Escape;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Escape(MarkdownDocument document)
    {
        foreach (var html in document.Descendants<HtmlInline>().ToList())
            html.ReplaceBy(new LiteralInline(html.Tag) { Line = html.Line, Column = html.Column, Span = html.Span });

        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            if (MarkdownRenderer.IsMoreMarker(block) || block.Parent is not { } parent) continue;
            parent[parent.IndexOf(block)] = AsText(block);
        }
    }

    /// <summary>A paragraph with the block's lines as text, one soft line break between them, as markdown shows text.</summary>
    private static ParagraphBlock AsText(HtmlBlock block)
    {
        var inlines = new ContainerInline();
        var lines = block.Lines.Lines;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            if (i > 0) inlines.AppendChild(new LineBreakInline());
            inlines.AppendChild(new LiteralInline(lines[i].Slice.ToString()) { Line = lines[i].Line, Column = lines[i].Column });
        }
        return new ParagraphBlock { Line = block.Line, Column = block.Column, Span = block.Span, Inline = inlines };
    }
}
