using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// Reads <c>{{&lt; name … &gt;}}</c> inside a paragraph (or heading, list item, table cell), turns the escaped form
/// <c>{{&lt;/* name */&gt;}}</c> into the literal tag, and reports tags that cannot stand there. Code spans are parsed
/// by Markdig before this sees their text, so shortcodes inside backticks stay literal.
/// </summary>
internal sealed class ShortcodeInlineParser : InlineParser
{
    public ShortcodeInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (!ShortcodeTagReader.StartsTag(text, start, slice.End + 1)) return false;
        var tag = ShortcodeTagReader.Read(text, start, slice.End + 1);
        if (tag is null) return false;

        processor.GetSourcePosition(start, out var line, out var column);
        var length = tag.Length;
        switch (tag.Kind)
        {
            case ShortcodeTagKind.Escaped:
                processor.Inline = Literal(tag.Literal, start, length, line, column);
                break;
            case ShortcodeTagKind.Open when !tag.Body:
                var shortcodes = ShortcodeDocument.For(processor.Document);
                var node = new ShortcodeInline(tag, shortcodes.Nodes.Count)
                {
                    Span = new SourceSpan(start, start + length - 1),
                    Line = line,
                    Column = column,
                    ArgumentPositions = tag.Arguments.Select(a => Position(processor, start + a.Offset)).ToList(),
                };
                shortcodes.Nodes.Add(node);
                processor.Inline = node;
                break;
            default:
                var (message, at) = Problem(tag);
                var (errorLine, errorColumn) = Position(processor, start + at);
                ShortcodeDocument.For(processor.Document).Errors.Add((errorLine, errorColumn, _ => message));
                // The build fails; the text is kept so the rest of the paragraph still parses as the author meant.
                if (length == 0) length = 3;
                processor.Inline = Literal(text.Substring(start, length), start, length, line, column);
                break;
        }
        slice.Start = start + length;
        return true;
    }

    private static (string Message, int Offset) Problem(ShortcodeTag tag) => tag.Kind switch
    {
        ShortcodeTagKind.Invalid => ($"shortcode tag {tag.Opener} {tag.Name}: {tag.Error}", tag.ErrorOffset),
        ShortcodeTagKind.Close => ($"{{{{% /{tag.Name} %}}}} closes nothing here: the opening {{{{% {tag.Name} %}}}} and the closing tag each go on a line of their own, "
            + $"or both on one line: {{{{% {tag.Name} %}}}}A short body.{{{{% /{tag.Name} %}}}}", 0),
        _ => ($"{{{{% {tag.Name} %}}}} opens a body, so it starts a line of its own; end the body with {{{{% /{tag.Name} %}}}} on a line of its own, "
            + $"or keep it all on one line: {{{{% {tag.Name} %}}}}A short body.{{{{% /{tag.Name} %}}}}", 0),
    };

    private static (int Line, int Column) Position(InlineProcessor processor, int offset)
    {
        processor.GetSourcePosition(offset, out var line, out var column);
        return (line, column);
    }

    private static LiteralInline Literal(string text, int start, int length, int line, int column) =>
        new(text) { Span = new SourceSpan(start, start + length - 1), Line = line, Column = column };
}
