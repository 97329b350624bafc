using System.Globalization;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// Reads one shortcode tag from markdown text. Text that only looks like the start of one (<c>{{&lt; </c> without a
/// name after it) is not a tag, so it stays as the author wrote it; a tag with a name that cannot be read is
/// <see cref="ShortcodeTagKind.Invalid"/>, so the author hears about it instead of seeing it printed.
/// </summary>
internal static class ShortcodeTagReader
{
    /// <summary>Cheap test for the first characters, before any reading: "{{&lt;" or "{{%".</summary>
    public static bool StartsTag(string text, int start, int end) =>
        end - start >= 3 && text[start] == '{' && text[start + 1] == '{' && text[start + 2] is '<' or '%';

    /// <param name="end">One past the last character that may belong to the tag.</param>
    public static ShortcodeTag? Read(string text, int start, int end)
    {
        if (!StartsTag(text, start, end)) return null;
        var body = text[start + 2] == '%';
        var closer = body ? "%}}" : ">}}";
        var i = SkipSpace(text, start + 3, end);

        if (At(text, i, end, "/*"))
        {
            var stop = text.IndexOf("*/", i + 2, end - i - 2, StringComparison.Ordinal);
            if (stop < 0) return null;
            var after = SkipSpace(text, stop + 2, end);
            if (!At(text, after, end, closer)) return null;
            var opener = body ? "{{%" : "{{<";
            return new ShortcodeTag(ShortcodeTagKind.Escaped, body, "", [], after + 3 - start)
            {
                Literal = opener + text[(start + 3)..i] + text[(i + 2)..stop] + text[(stop + 2)..after] + closer,
            };
        }

        var closing = i < end && text[i] == '/';
        if (closing) i = SkipSpace(text, i + 1, end);
        var nameStart = i;
        i = ReadName(text, i, end, allowDash: true);
        if (i == nameStart) return closing ? Invalid(body, "", "a closing tag needs the shortcode's name, as in {{% /note %}}", i - start) : null;
        var name = text[nameStart..i];

        var arguments = new List<ShortcodeArgument>();
        while (true)
        {
            var gap = i;
            i = SkipSpace(text, i, end, newLines: true);
            if (At(text, i, end, closer))
                return closing && arguments.Count > 0
                    ? Invalid(body, name, "a closing tag takes no arguments", arguments[0].Offset)
                    : new ShortcodeTag(closing ? ShortcodeTagKind.Close : ShortcodeTagKind.Open, body, name, arguments, i + 3 - start);
            if (i >= end) return Invalid(body, name, $"the tag is not closed: `{closer}` is missing", end - start);
            if (At(text, i, end, body ? ">}}" : "%}}"))
                return Invalid(body, name, $"the tag starts with `{(body ? "{{%" : "{{<")}` but ends with `{text.AsSpan(i, 3)}`; use the same pair on both ends", i - start);
            if (i == gap) return Invalid(body, name, "put a space between arguments", i - start);

            var argumentStart = i;
            string? key = null;
            var keyEnd = ReadName(text, i, end, allowDash: false);
            if (keyEnd > i && keyEnd < end && text[keyEnd] == '=')
            {
                key = text[i..keyEnd];
                i = keyEnd + 1;
            }
            else if (keyEnd < end && text[keyEnd] == '=' || i < end && text[i] == '=')
            {
                return Invalid(body, name, "an argument name is letters, digits and '_', starting with a letter: key=\"value\"", i - start);
            }
            var value = ReadValue(text, ref i, end, closer, out var error);
            if (error is not null) return Invalid(body, name, error, argumentStart - start);
            arguments.Add(new ShortcodeArgument(key, value!, argumentStart - start));
        }
    }

    private static object? ReadValue(string text, ref int i, int end, string closer, out string? error)
    {
        error = null;
        if (i < end && text[i] is '"' or '`')
        {
            var quote = text[i];
            var value = new System.Text.StringBuilder();
            for (var j = i + 1; j < end; j++)
            {
                if (text[j] == quote)
                {
                    i = j + 1;
                    return value.ToString();
                }
                // Inside "…", a backslash escapes the next character (\" and \\); `…` takes everything as written.
                if (quote == '"' && text[j] == '\\' && j + 1 < end) j++;
                value.Append(text[j]);
            }
            error = quote == '"' ? "a quoted value is not closed: a `\"` is missing" : "a `raw` value is not closed: a ` is missing";
            return null;
        }
        var start = i;
        while (i < end && !char.IsWhiteSpace(text[i]) && !At(text, i, end, closer))
        {
            if (text[i] is '"' or '`' or '=')
            {
                error = $"unexpected `{text[i]}` in a value; quote values that hold spaces or quotes: key=\"a value\"";
                return null;
            }
            i++;
        }
        if (i == start)
        {
            error = "an argument has no value; write key=\"value\"";
            return null;
        }
        return Typed(text[start..i]);
    }

    /// <summary>true/false, whole numbers and decimals (invariant culture) keep their type; any other word is text.</summary>
    private static object Typed(string word)
    {
        if (word == "true") return true;
        if (word == "false") return false;
        if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (double.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return number;
        return word;
    }

    private static ShortcodeTag Invalid(bool body, string name, string error, int offset) =>
        new(ShortcodeTagKind.Invalid, body, name, [], 0) { Error = error, ErrorOffset = offset };

    /// <summary>A name starts with a letter; shortcode names may hold '-' (code-file), argument names may not.</summary>
    private static int ReadName(string text, int i, int end, bool allowDash)
    {
        if (i >= end || !char.IsAsciiLetter(text[i])) return i;
        i++;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || (allowDash && text[i] == '-'))) i++;
        return i;
    }

    private static int SkipSpace(string text, int i, int end, bool newLines = false)
    {
        while (i < end && (text[i] is ' ' or '\t' || (newLines && text[i] is '\n' or '\r'))) i++;
        return i;
    }

    private static bool At(string text, int i, int end, string what) =>
        i + what.Length <= end && string.CompareOrdinal(text, i, what, 0, what.Length) == 0;
}
