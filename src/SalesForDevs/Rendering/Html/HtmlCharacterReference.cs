using AngleSharp.Html;

namespace SalesForDevs.Rendering.Html;

/// <summary>What an ampersand in text or an attribute value turned out to be.</summary>
internal enum ReferenceKind
{
    /// <summary>Not the start of a reference: the ampersand is itself.</summary>
    Literal,
    Decoded,
    /// <summary>A form whose meaning depends on the parser's legacy rules (no semicolon, out-of-range numbers): left to the full parser.</summary>
    Unsure,
}

/// <summary>
/// Decodes character references the way the HTML tokenizer does, for the forms whose meaning is certain: a named
/// reference ended by a semicolon that the HTML entity table knows, or a decimal or hexadecimal one for an ordinary
/// character. Names come from AngleSharp's own table, so both paths decode the same.
/// </summary>
internal static class HtmlCharacterReference
{
    /// <summary>The longest expansion of a named reference is two characters outside the basic plane plus a combining one.</summary>
    public const int MaxDecodedLength = 8;

    /// <param name="text">Starts with the ampersand.</param>
    /// <param name="decoded">Gets the characters; at least <see cref="MaxDecodedLength"/> long.</param>
    public static ReferenceKind Decode(ReadOnlySpan<char> text, Span<char> decoded, out int consumed, out int written)
    {
        consumed = written = 0;
        if (text.Length < 2) return ReferenceKind.Literal;
        if (text[1] == '#') return DecodeNumber(text, decoded, out consumed, out written);
        // Only the characters the HTML standard names as "not a character reference" are taken as a plain ampersand.
        if (text[1] is ' ' or '\t' or '\n' or '\f' or '<' or '&') return ReferenceKind.Literal;
        if (!char.IsAsciiLetterOrDigit(text[1])) return ReferenceKind.Unsure;

        var end = 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
        if (end >= text.Length || text[end] != ';' || end > 40) return ReferenceKind.Unsure;
        var name = text[1..end];
        var value = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => "\u00A0",
            _ => HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";")),
        };
        if (value is null || value.Length > decoded.Length) return ReferenceKind.Unsure;
        value.CopyTo(decoded);
        (consumed, written) = (end + 1, value.Length);
        return ReferenceKind.Decoded;
    }

    private static ReferenceKind DecodeNumber(ReadOnlySpan<char> text, Span<char> decoded, out int consumed, out int written)
    {
        consumed = written = 0;
        var hex = text.Length > 2 && (text[2] | 0x20) == 'x';
        var i = hex ? 3 : 2;
        var start = i;
        var value = 0;
        while (i < text.Length && i - start < 8 && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            var c = text[i];
            value = value * (hex ? 16 : 10) + (char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
            i++;
        }
        // "&#" or "&#x" with no digit is not a reference at all; the tokenizer says so and keeps the ampersand.
        if (i == start) return ReferenceKind.Unsure;
        if (i >= text.Length || text[i] != ';' || !IsOrdinary(value)) return ReferenceKind.Unsure;
        written = new System.Text.Rune(value).EncodeToUtf16(decoded);
        consumed = i + 1;
        return ReferenceKind.Decoded;
    }

    /// <summary>A code point the tokenizer keeps as it is: not NUL, a surrogate, a C0/C1 control (but tab, line feed and form feed), or a noncharacter.</summary>
    private static bool IsOrdinary(int value) =>
        value is > 0 and <= 0x10FFFF
        && value is not (>= 0xD800 and <= 0xDFFF)
        && (value >= 0x20 || value is '\t' or '\n' or '\f')
        && value is not (>= 0x7F and <= 0x9F)
        && value is not (>= 0xFDD0 and <= 0xFDEF)
        && (value & 0xFFFE) != 0xFFFE;
}
