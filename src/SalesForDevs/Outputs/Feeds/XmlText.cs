using System.Text;
using System.Xml;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// Text as every feed may carry it. XML 1.0 forbids most control characters (U+0000–U+001F but tab, LF, CR),
/// U+FFFE, U+FFFF and lone surrogates, and XmlWriter throws on them; they carry no meaning in a post either, so they
/// are removed. JSON Feed gets the same cleaning, so the three formats of one post always say the same thing.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowedAt(text, i)) { firstBad = i; break; }
            if (char.IsHighSurrogate(text[i])) i++;
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

    /// <summary>Writes an element with cleaned text: every string a feed writes goes through here or <see cref="Attribute"/>.</summary>
    public static void Element(XmlWriter xml, string localName, string? ns, string? text) =>
        xml.WriteElementString(localName, ns, Clean(text));

    public static void Attribute(XmlWriter xml, string localName, string? text) =>
        xml.WriteAttributeString(localName, Clean(text));

    /// <summary>Two-space indents, \n newlines, UTF-8 without a byte order mark: the same bytes on every machine.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Encoding = new UTF8Encoding(false),
    };
}
