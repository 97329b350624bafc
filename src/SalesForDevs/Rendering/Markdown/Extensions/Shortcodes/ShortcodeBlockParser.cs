using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// Opens a <see cref="ShortcodeBlock"/> for a tag that starts a line: a <c>{{&lt; … &gt;}}</c> tag alone on its line
/// (so its HTML is not wrapped in a paragraph), or a <c>{{% … %}}</c> tag whose markdown body runs to the matching
/// <c>{{% /name %}}</c> line (nested shortcodes allowed), or to that tag at the end of the same line. Indented and
/// fenced code never reach here: Markdig gives those lines to the code blocks first.
/// </summary>
internal sealed class ShortcodeBlockParser : BlockParser
{
    public ShortcodeBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.Text;
        var end = line.End + 1;
        if (ShortcodeTagReader.Read(text, line.Start, end) is not { Kind: ShortcodeTagKind.Open } tag) return BlockState.None;
        var afterTag = line.Start + tag.Length;
        var restStart = SkipSpace(text, afterTag, end);
        // A tag followed by text on its line is inline (Press {{< kbd Ctrl >}} to copy), unless it opens a body.
        if (restStart < end && !tag.Body) return BlockState.None;

        var shortcodes = ShortcodeDocument.For(processor.Document);
        var block = new ShortcodeBlock(this, tag, shortcodes.Nodes.Count)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
            ArgumentPositions = tag.Arguments.Select(a => (processor.LineIndex, processor.Column + a.Offset)).ToList(),
        };
        shortcodes.Nodes.Add(block);
        processor.NewBlocks.Push(block);

        if (!tag.Body) return BlockState.BreakDiscard;
        if (restStart >= end) return BlockState.ContinueDiscard;
        if (OneLineBody(processor, block, text, afterTag, end) is { } state) return state;

        // {{% note %}}The body starts here… : the rest of the line is the body's first line.
        for (var i = 0; i < tag.Length; i++) processor.NextChar();
        return BlockState.Continue;
    }

    /// <summary><c>{{% note %}}A *short* note.{{% /note %}}</c>: the text between the tags is one paragraph.</summary>
    private BlockState? OneLineBody(BlockProcessor processor, ShortcodeBlock block, string text, int bodyStart, int end)
    {
        var lineEnd = end;
        while (lineEnd > bodyStart && char.IsWhiteSpace(text[lineEnd - 1])) lineEnd--;
        var closeAt = text.LastIndexOf("{{%", lineEnd - 1, lineEnd - bodyStart, StringComparison.Ordinal);
        if (closeAt < 0 || ShortcodeTagReader.Read(text, closeAt, lineEnd) is not { Kind: ShortcodeTagKind.Close } close
            || closeAt + close.Length != lineEnd) return null;

        var column = processor.Column + (closeAt - processor.Start);
        if (!Matches(block, close, processor.LineIndex, column, processor)) return BlockState.BreakDiscard;
        var inner = new StringSlice(text, bodyStart, closeAt - 1);
        inner.Trim();
        if (!inner.IsEmpty)
        {
            var paragraph = new ParagraphBlock(processor.Parsers.FindExact<ParagraphBlockParser>())
            {
                Line = processor.LineIndex,
                Column = processor.Column + (inner.Start - processor.Start),
                Span = new SourceSpan(inner.Start, inner.End),
            };
            paragraph.AppendLine(ref inner, paragraph.Column, processor.LineIndex, processor.CurrentLineStartPosition, false);
            block.Add(paragraph);
        }
        block.Closed = true;
        return BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var shortcode = (ShortcodeBlock)block;
        if (!shortcode.Tag.Body || shortcode.Closed) return BlockState.None;
        if (processor.IsCodeIndent || processor.IsBlankLine || InnerBlockTakesLine(shortcode)) return BlockState.Continue;

        var line = processor.Line;
        if (ShortcodeTagReader.Read(line.Text, line.Start, line.End + 1) is not { Kind: ShortcodeTagKind.Close } close
            || SkipSpace(line.Text, line.Start + close.Length, line.End + 1) <= line.End) return BlockState.Continue;
        Matches(shortcode, close, processor.LineIndex, processor.Column, processor);
        shortcode.Closed = true;
        shortcode.Span = new SourceSpan(shortcode.Span.Start, line.End);
        return BlockState.BreakDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var shortcode = (ShortcodeBlock)block;
        shortcode.Ended = true;
        if (shortcode.Tag.Body && !shortcode.Closed)
            ShortcodeDocument.For(processor.Document).Errors.Add((shortcode.Line, shortcode.Column, _ =>
                $"{{{{% {shortcode.Tag.Name} %}}}} is never closed: end its body with {{{{% /{shortcode.Tag.Name} %}}}} on a line of its own"
                + (block.Parent is MarkdownDocument ? "" : ", inside the same list item or quote")));
        return true;
    }

    /// <summary>
    /// A closing tag inside a nested shortcode or a fenced code block of the body belongs to that block. (Markdig marks
    /// inner blocks not open while it asks outer ones to continue, so the blocks' own end marks tell.)
    /// </summary>
    private static bool InnerBlockTakesLine(ContainerBlock container)
    {
        for (var last = container.LastChild; last is not null; last = (last as ContainerBlock)?.LastChild)
        {
            if (last is ShortcodeBlock { Tag.Body: true, Ended: false } || (last is FencedCodeBlock && !ShortcodesExtension.HasEnded(last))) return true;
        }
        return false;
    }

    private static bool Matches(ShortcodeBlock block, ShortcodeTag close, int line, int column, BlockProcessor processor)
    {
        if (close.Name == block.Tag.Name) return true;
        ShortcodeDocument.For(processor.Document).Errors.Add((line, column, firstLine =>
            $"{{{{% /{close.Name} %}}}} does not close the open {{{{% {block.Tag.Name} %}}}} of line {firstLine + block.Line}; close {block.Tag.Name} first"));
        return false;
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
