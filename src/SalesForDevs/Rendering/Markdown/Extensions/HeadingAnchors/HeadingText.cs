using System.Net;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

/// <summary>A heading's visible text, for anchor labels and the table of contents: links and emphasis dropped, typographic quotes kept.</summary>
internal static class HeadingText
{
    // One buffer per thread: every heading is read once or twice per build (anchor label, table of contents), and the
    // text is mostly written straight into the HTML, never becoming a string.
    [ThreadStatic] private static char[]? t_chars;
    [ThreadStatic] private static int t_length;

    /// <summary>
    /// Writes the text HTML-encoded, as <c>WebUtility.HtmlEncode(Of(heading), writer)</c> does, without making the
    /// string when no character of it needs encoding (the usual heading).
    /// </summary>
    public static void WriteEncoded(HeadingBlock heading, TextWriter writer)
    {
        var text = Trimmed(heading);
        if (IsPlain(text)) writer.Write(text);
        else WebUtility.HtmlEncode(new string(text), writer);
    }

    /// <summary>
    /// Whether <see cref="WebUtility.HtmlEncode(string)"/> leaves the text as it is: it encodes &lt; &gt; " ' &amp;, the
    /// characters U+00A0 to U+00FF and surrogates, and passes every other character through.
    /// </summary>
    internal static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c is '<' or '>' or '"' or '\'' or '&' || c is >= '\u00A0' and <= '\u00FF' || char.IsSurrogate(c)) return false;
        return true;
    }

    /// <summary>The text in the thread's buffer, trimmed as string.Trim would; valid until the thread's next call.</summary>
    private static ReadOnlySpan<char> Trimmed(HeadingBlock heading)
    {
        // A very long heading does not keep its buffer.
        if (t_chars is null || t_chars.Length > 1 << 12) t_chars = new char[256];
        t_length = 0;
        if (heading.Inline is not null) Append(heading.Inline);
        var text = t_chars.AsSpan(0, t_length).Trim();
        return text;
    }

    private static void Append(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: Append(literal.Content.AsSpan()); break;
            case CodeInline code: Append(code.Content.AsSpan()); break;
            case LineBreakInline: Append(" "); break;
            case HtmlEntityInline entity: Append(entity.Transcoded.AsSpan()); break;
            case SmartyPant pant: Append(Smart(pant.Type)); break;
            case ContainerInline container:
                foreach (var child in container) Append(child);
                break;
        }
    }

    private static void Append(ReadOnlySpan<char> text)
    {
        var chars = t_chars!;
        if (t_length + text.Length > chars.Length) Array.Resize(ref t_chars, Math.Max(chars.Length * 2, t_length + text.Length));
        text.CopyTo(t_chars.AsSpan(t_length));
        t_length += text.Length;
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
