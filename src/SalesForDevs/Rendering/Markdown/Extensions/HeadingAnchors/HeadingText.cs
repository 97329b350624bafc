using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

/// <summary>A heading's visible text, for anchor labels and the table of contents: links and emphasis dropped, typographic quotes kept.</summary>
internal static class HeadingText
{
    // One builder per thread: every heading is read twice per build (anchor label, table of contents).
    [ThreadStatic] private static StringBuilder? t_text;

    public static string Of(HeadingBlock heading)
    {
        var text = t_text ??= new StringBuilder();
        text.Clear();
        if (heading.Inline is not null) Append(heading.Inline, text);
        // Trimmed as string.Trim would, without making the untrimmed string first.
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var result = text.ToString(start, end - start);
        if (text.Capacity > 1 << 12) text.Capacity = 256;
        return result;
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            case SmartyPant pant: text.Append(Smart(pant.Type)); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }

    private static string Smart(SmartyPantType type) => type switch
    {
        SmartyPantType.LeftQuote => "‘",
        SmartyPantType.RightQuote => "’",
        SmartyPantType.LeftDoubleQuote => "“",
        SmartyPantType.RightDoubleQuote => "”",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        SmartyPantType.Ellipsis => "…",
        SmartyPantType.LeftAngleQuote => "«",
        SmartyPantType.RightAngleQuote => "»",
        _ => "",
    };
}
