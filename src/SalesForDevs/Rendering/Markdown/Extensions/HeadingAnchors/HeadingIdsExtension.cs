using Markdig;
using Markdig.Renderers;

namespace SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

/// <summary>
/// Gives headings GitHub-style ids (<see cref="HeadingIds"/>) once a document is parsed. Markdig's AutoIdentifiers
/// extension gives the same ids but hooks every heading while parsing, which stores a handler on each heading and a set
/// on each document; this keeps one set and one text renderer per thread. Only for bodies without footnotes
/// (<see cref="MarkdownPipelineFactory.ForParsing"/>), whose headings are named in the order the walk finds them.
/// </summary>
internal sealed class HeadingIdsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= HeadingIds.Assign;
        pipeline.DocumentProcessed += HeadingIds.Assign;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
