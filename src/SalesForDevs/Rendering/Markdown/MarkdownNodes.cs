using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// The nodes of a parsed body that the passes before rendering look at, found in one walk of the tree: its raw HTML
/// (blocks and inlines, in document order) and its links and images. Each pass used to walk the whole tree for its own
/// kind of node, which cost more than the passes' work. Valid until a pass changes the tree's shape (the picture
/// wrapping and the link unwrapping, which run last).
/// </summary>
internal sealed class MarkdownNodes
{
    /// <summary><see cref="HtmlBlock"/>s and <see cref="HtmlInline"/>s, in document order.</summary>
    public List<MarkdownObject> RawHtml { get; } = [];

    /// <summary>Links and images, in document order.</summary>
    public List<LinkInline> Links { get; } = [];

    public static MarkdownNodes Of(MarkdownDocument document)
    {
        var nodes = new MarkdownNodes();
        nodes.Walk(document);
        return nodes;
    }

    // Depth first in document order, as Markdig's Descendants(), whose iterators allocated more than the lists here.
    private void Walk(Block block)
    {
        // Nesting that deep is reported as markdown that cannot be rendered, as Markdig's renderer does.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (block is HtmlBlock) RawHtml.Add(block);
        if (block is ContainerBlock container)
        {
            for (var i = 0; i < container.Count; i++) Walk(container[i]);
        }
        else if (block is LeafBlock { Inline: { } inline }) Walk(inline);
    }

    private void Walk(ContainerInline container)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline) RawHtml.Add(inline);
            else if (inline is LinkInline link) Links.Add(link);
            if (inline is ContainerInline inner) Walk(inner);
        }
    }
}
