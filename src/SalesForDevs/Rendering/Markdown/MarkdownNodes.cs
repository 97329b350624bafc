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
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    nodes.RawHtml.Add(node);
                    break;
                case LinkInline link:
                    nodes.Links.Add(link);
                    break;
            }
        }
        return nodes;
    }
}
