using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Visible text of an HTML fragment on one line: footnote references dropped, tags made spaces, entities decoded,
/// white space folded. Each step was a regex or decoder making a string of the whole fragment; the usual fragment (no
/// footnote reference) now goes through one pooled buffer, and only the result, and for text with entities the
/// decoder's input and output, become strings.
/// </summary>
internal static partial class ExcerptText
{
    public static string Of(ReadOnlySpan<char> html)
    {
        // Footnote references are rare in excerpts; the regexes drop them as they always did.
        if (html.Contains("<sup", StringComparison.Ordinal)) return WithRegexes(html.ToString());
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            var text = buffer.AsSpan(0, TagsToSpaces(html, buffer));
            return text.Contains('&') ? WhiteSpace.Fold(WebUtility.HtmlDecode(new string(text))) : WhiteSpace.Fold(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// What regex <c>&lt;[^&gt;]+&gt;</c> replaced by a space gives: a <c>&lt;</c> with at least one character and then a
    /// <c>&gt;</c> after it starts a tag; any other stays text.
    /// </summary>
    private static int TagsToSpaces(ReadOnlySpan<char> html, char[] output)
    {
        var length = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf('<');
            var textEnd = open < 0 ? html.Length : i + open;
            html[i..textEnd].CopyTo(output.AsSpan(length));
            length += textEnd - i;
            if (open < 0) break;
            var close = html[(textEnd + 1)..].IndexOf('>');
            // No '>' after this '<' means none after any later one either: the rest is text.
            if (close < 0)
            {
                html[textEnd..].CopyTo(output.AsSpan(length));
                return length + html.Length - textEnd;
            }
            if (close == 0)
            {
                output[length++] = '<';
                i = textEnd + 1;
                continue;
            }
            output[length++] = ' ';
            i = textEnd + 1 + close + 1;
        }
        return length;
    }

    /// <summary>The steps one by one, as regexes.</summary>
    internal static string WithRegexes(string html)
    {
        var noFootnoteRefs = FootnoteRef().Replace(html, "");
        var text = WebUtility.HtmlDecode(Tags().Replace(noFootnoteRefs, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<sup[^>]*>.*?</sup>", RegexOptions.Singleline)]
    private static partial Regex FootnoteRef();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
