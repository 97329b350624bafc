using System.Text;
using System.Xml;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>Removes characters XML 1.0 forbids (most control characters, lone surrogates), so a feed always parses.</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
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

    private static bool IsAllowedAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return false;
        return XmlConvert.IsXmlChar(c);
    }

    public static XmlWriterSettings Settings { get; } = new()
    {
        Indent = true,
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(false),
    };
}
