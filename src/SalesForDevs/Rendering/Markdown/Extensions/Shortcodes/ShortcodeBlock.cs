using Markdig.Parsers;
using Markdig.Syntax;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// A shortcode that stands on its own line: <c>{{&lt; figure … &gt;}}</c>, or <c>{{% note %}}</c> whose children are
/// the markdown body up to <c>{{% /note %}}</c>.
/// </summary>
internal sealed class ShortcodeBlock(BlockParser parser, ShortcodeTag tag, int index) : ContainerBlock(parser), IShortcodeNode
{
    public ShortcodeTag Tag { get; } = tag;
    public int Index { get; } = index;
    public IReadOnlyList<(int Line, int Column)> ArgumentPositions { get; set; } = [];
    public string BodyHtml { get; set; } = "";

    /// <summary>The closing tag was seen; a body block still open at the end of its container is unclosed.</summary>
    public bool Closed { get; set; }

    /// <summary>Markdig closed the block: by its closing tag, or because its container or the document ended.</summary>
    public bool Ended { get; set; }
}
