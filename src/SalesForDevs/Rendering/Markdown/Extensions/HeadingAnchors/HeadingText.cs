using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

/// <summary>A heading's visible text, for anchor labels and the table of contents: links and emphasis dropped, typographic quotes kept.</summary>
internal static class HeadingText
{
    public static string Of(HeadingBlock heading)
    {
        var text = new StringBuilder();
        if (heading.Inline is not null) Append(heading.Inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.ToString()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
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
