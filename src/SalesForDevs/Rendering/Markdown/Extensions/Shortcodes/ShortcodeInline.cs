using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>A <c>{{&lt; name … &gt;}}</c> call inside a paragraph or heading; its output is HTML and not read as markdown.</summary>
internal sealed class ShortcodeInline(ShortcodeTag tag, int index) : LeafInline, IShortcodeNode
{
    public ShortcodeTag Tag { get; } = tag;
    public int Index { get; } = index;
    public IReadOnlyList<(int Line, int Column)> ArgumentPositions { get; set; } = [];
    public string BodyHtml => "";
}
