namespace SalesForDevs.Yaml;

/// <summary>
/// Reads the shape nearly every front matter has: one <c>key: value</c> per line, each value plain, quoted on its line,
/// or a flow list <c>[a, "b"]</c> on its line, with whole-line comments. It gives the tree YamlDotNet's parser gives for
/// that text (the same values, quoting, lines and columns) without the parser's scanner, tokens and events, which were
/// about a third of what loading a post allocated. Anything else gives null and <see cref="YamlTreeReader"/> parses the
/// text fully: nesting, block lists, empty values, escapes, comments after a value, a key given twice, tabs, and any
/// character YAML reads as more than itself. So values and error messages never depend on which way was taken.
/// </summary>
internal static class FlatMappingReader
{
    // Longer keys are left to the parser, whose limit on implicit keys is 1,024 characters.
    private const int MaxKeyLength = 128;

    // Keys repeat from file to file; each thread keeps the strings it made for them. The bound keeps odd sites small.
    private const int MaxKeys = 512;

    [ThreadStatic] private static Dictionary<string, string>? t_keys;

    /// <param name="lineOffset">Lines before the text in its file, added to every node's line.</param>
    public static YamlMapping? TryRead(string text, int lineOffset)
    {
        if (!OnlyPlainCharacters(text)) return null;
        var entries = new List<YamlEntry>(8);
        var line = 0;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var span = text.AsSpan(position, end - position);
            position = end + 1;
            line++;
            if (span.EndsWith('\r')) span = span[..^1];
            if (span.IsEmpty || span[0] == '#') continue;
            if (ReadEntry(span, line + lineOffset) is not { } entry) return null;
            foreach (var earlier in entries)
                if (earlier.Key.Value == entry.Key.Value) return null;
            entries.Add(entry);
        }
        return entries.Count == 0 ? null : new YamlMapping(entries, entries[0].Key.Line, 1);
    }

    /// <summary>
    /// Printable characters that YAML takes as themselves, with <c>\n</c> or <c>\r\n</c> line ends: no tab, no control
    /// character, no byte order mark, no surrogate, and none of the line breaks YAML 1.1 adds (U+0085, U+2028, U+2029).
    /// </summary>
    private static bool OnlyPlainCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' or '\n') continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c is >= '\u00A0' and < '\uD800' and not '\u2028' and not '\u2029' || c is >= '\uE000' and <= '\uFFFD' and not '\uFEFF') continue;
            return false;
        }
        return true;
    }

    private static YamlEntry? ReadEntry(ReadOnlySpan<char> line, int lineNumber)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxKeyLength || !IsKey(line[..colon])) return null;
        // "key:" alone opens a nested block or means null, and "key:value" is one plain scalar: both go to the parser.
        if (colon + 1 >= line.Length || line[colon + 1] != ' ') return null;
        var start = colon + 1;
        while (start < line.Length && line[start] == ' ') start++;
        if (start == line.Length) return null;
        var value = line[start..];
        var column = start + 1;
        YamlNode? node = value[0] switch
        {
            '"' or '\'' => Quoted(value, lineNumber, column, out var rest) is { } quoted && rest.IsWhiteSpace() ? quoted : null,
            '[' => FlowList(value, lineNumber, column),
            _ => Plain(value, lineNumber, column),
        };
        return node is null ? null : new YamlEntry(new YamlScalar(Key(line[..colon]), false, lineNumber, 1), node);
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!(char.IsAsciiLetter(key[0]) || key[0] == '_')) return false;
        foreach (var c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        return true;
    }

    private static string Key(ReadOnlySpan<char> key)
    {
        var keys = t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var known)) return known;
        var made = key.ToString();
        if (keys.Count < MaxKeys) keys[made] = made;
        return made;
    }

    /// <summary>A plain value that runs to the end of the line and can mean nothing but its text.</summary>
    private static YamlScalar? Plain(ReadOnlySpan<char> value, int line, int column)
    {
        // Indicators that start something other than text (lists, anchors, tags, block scalars, directives…).
        if (value[0] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`') return null;
        var text = value.TrimEnd(' ');
        // ": " starts a nested mapping (an error on this line), " #" a comment, and a final ':' a key.
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text[^1] == ':') return null;
        return new YamlScalar(text.ToString(), false, line, column);
    }

    /// <summary>'text' or "text" with no escape in it; <paramref name="rest"/> is what follows the closing quote.</summary>
    private static YamlScalar? Quoted(ReadOnlySpan<char> value, int line, int column, out ReadOnlySpan<char> rest)
    {
        rest = default;
        var quote = value[0];
        var close = value[1..].IndexOf(quote) + 1;
        if (close <= 0) return null;
        var inside = value[1..close];
        // A backslash escapes in double quotes, and '' is one quote in single quotes.
        if (quote == '"' && inside.Contains('\\')) return null;
        if (quote == '\'' && close + 1 < value.Length && value[close + 1] == '\'') return null;
        rest = value[(close + 1)..];
        return new YamlScalar(inside.ToString(), true, line, column);
    }

    /// <summary><c>[a, "b", 'c']</c> closed on its line, with nothing after it.</summary>
    private static YamlSequence? FlowList(ReadOnlySpan<char> value, int line, int column)
    {
        var items = new List<YamlNode>();
        var i = SkipSpaces(value, 1);
        if (i < value.Length && value[i] == ']')
            return value[(i + 1)..].IsWhiteSpace() ? new YamlSequence([], line, column) : null;
        while (i < value.Length)
        {
            YamlScalar? item;
            if (value[i] is '"' or '\'')
            {
                item = Quoted(value[i..], line, column + i, out var rest);
                if (item is null) return null;
                i = value.Length - rest.Length;
            }
            else
            {
                var length = value[i..].IndexOfAny(',', ']');
                if (length <= 0) return null;
                var text = value.Slice(i, length).TrimEnd(' ');
                if (!IsFlowPlain(text)) return null;
                item = new YamlScalar(text.ToString(), false, line, column + i);
                i += length;
            }
            items.Add(item);
            i = SkipSpaces(value, i);
            if (i >= value.Length) return null;
            if (value[i] == ']') return value[(i + 1)..].IsWhiteSpace() ? new YamlSequence(items, line, column) : null;
            if (value[i] != ',') return null;
            i = SkipSpaces(value, i + 1);
            // "[a, ]" and "[a,,b]" are left to the parser.
            if (i >= value.Length || value[i] is ',' or ']') return null;
        }
        return null;
    }

    /// <summary>Text in a flow list that means only itself: no indicator, quote, colon or comment anywhere in it.</summary>
    private static bool IsFlowPlain(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is '-' or '?' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '#') return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ':' or '{' or '}' or '[' or ']' or '"' or '\'') return false;
            // "C#" is text; " #" starts a comment.
            if (text[i] == '#' && text[i - 1] == ' ') return false;
        }
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }
}
