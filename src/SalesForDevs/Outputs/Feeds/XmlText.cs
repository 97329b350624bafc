using System.Buffers;
using System.Text;
using System.Xml;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// Text as every feed may carry it, and as the XML feeds write it. XML 1.0 forbids most control characters
/// (U+0000–U+001F but tab, LF, CR), U+FFFE, U+FFFF and lone surrogates; they carry no meaning in a post either, so
/// they are removed. JSON Feed gets the same cleaning, so the three formats of one post always say the same thing.
/// The escaping is XmlWriter's with \n as the new line, byte for byte: feeds are written straight as UTF-8 pieces.
/// </summary>
internal static class XmlText
{
    // What Clean may have to remove; anything else is kept without looking at each character.
    private static readonly SearchValues<char> Suspect = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')),
         .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&<>\"\t\n\r");

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var firstBad = text.AsSpan().IndexOfAny(Suspect);
        // Surrogate pairs (an emoji) are suspects that stay: look on from behind each.
        while (firstBad >= 0 && IsAllowedAt(text, firstBad))
        {
            var next = firstBad + 2;
            var found = text.AsSpan(next).IndexOfAny(Suspect);
            firstBad = found < 0 ? -1 : next + found;
        }
        if (firstBad < 0) return text;

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (!IsAllowedAt(text, i)) continue;
            builder.Append(text[i]);
            if (char.IsHighSurrogate(text[i])) builder.Append(text[++i]);
        }
        return builder.ToString();
    }

    /// <summary>A high surrogate is allowed only as the first half of a pair; the pair is checked as one character.</summary>
    private static bool IsAllowedAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return false;
        return XmlConvert.IsXmlChar(c);
    }

    /// <summary>
    /// An element holding <paramref name="text"/> on its own line, as XmlWriter's WriteElementString writes it (so
    /// <c>&lt;name /&gt;</c> when the cleaned text is empty). Every element text a feed writes goes through here,
    /// <see cref="Content"/> or <see cref="Escaped"/>, and every attribute value through <see cref="Attribute"/>.
    /// </summary>
    public static void Element(FeedBuffer output, int depth, ReadOnlySpan<byte> name, string? text)
    {
        var clean = Clean(text);
        output.NewLine(depth);
        output.Append((byte)'<');
        output.Append(name);
        if (clean.Length == 0)
        {
            output.Append(" />"u8);
            return;
        }
        output.Append((byte)'>');
        Escaped(output, clean);
        End(output, name);
    }

    /// <summary>
    /// An element whose start tag (<paramref name="startTag"/>, with its attributes) is always closed and followed by
    /// the text, as XmlWriter writes WriteStartElement, WriteString and WriteEndElement: empty text gives an empty pair of tags.
    /// </summary>
    public static void Content(FeedBuffer output, int depth, ReadOnlySpan<byte> name, ReadOnlySpan<byte> startTag, string? text)
    {
        output.NewLine(depth);
        output.Append(startTag);
        Escaped(output, Clean(text));
        End(output, name);
    }

    /// <summary>
    /// Cleaned text as XML character data: &amp;, &lt; and &gt; as entities; CR LF and a lone CR as LF, which is how
    /// XmlWriter replaces new lines with "\n".
    /// </summary>
    public static void Escaped(FeedBuffer output, ReadOnlySpan<char> clean)
    {
        while (true)
        {
            var special = clean.IndexOfAny(TextSpecial);
            if (special < 0)
            {
                output.Append(clean);
                return;
            }
            output.Append(clean[..special]);
            var c = clean[special];
            output.Append(c switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                _ => "\n"u8,
            });
            clean = clean[(special + (c == '\r' && special + 1 < clean.Length && clean[special + 1] == '\n' ? 2 : 1))..];
        }
    }

    /// <summary>
    /// <c> name="value"</c> with the value cleaned and escaped as XmlWriter escapes attributes: &amp;, &lt;, &gt; and
    /// the quote as entities, tab, LF and CR as character references (so they survive attribute normalization).
    /// </summary>
    public static void Attribute(FeedBuffer output, ReadOnlySpan<byte> name, string? value)
    {
        output.Append((byte)' ');
        output.Append(name);
        output.Append("=\""u8);
        ReadOnlySpan<char> clean = Clean(value);
        while (true)
        {
            var special = clean.IndexOfAny(AttributeSpecial);
            if (special < 0) break;
            output.Append(clean[..special]);
            output.Append(clean[special] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#xD;"u8,
            });
            clean = clean[(special + 1)..];
        }
        output.Append(clean);
        output.Append((byte)'"');
    }

    /// <summary>The end tag of an element whose content was text, on the same line.</summary>
    public static void End(FeedBuffer output, ReadOnlySpan<byte> name)
    {
        output.Append("</"u8);
        output.Append(name);
        output.Append((byte)'>');
    }

    /// <summary>The end tag of an element that holds elements, on its own line.</summary>
    public static void End(FeedBuffer output, int depth, ReadOnlySpan<byte> name)
    {
        output.NewLine(depth);
        End(output, name);
    }

    /// <summary>The XML declaration every feed starts with.</summary>
    public static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;
}
