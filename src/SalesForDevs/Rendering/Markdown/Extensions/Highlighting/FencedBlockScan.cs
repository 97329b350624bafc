namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// The fenced code blocks at the top level of a markdown body, found line by line without parsing the markdown, for
/// <see cref="HighlightPrepass"/>: which languages a body uses, and their code, known before the markdown stage. It reads
/// fences as CommonMark does (up to three spaces of indent, three or more backticks or tildes, a closing fence of the same
/// character at least as long, the opening fence's indent removed from each line) but does not look inside lists or
/// quotes; what it finds is only a hint of what highlighting will need, so a block it misses or reads differently changes
/// no output.
/// </summary>
internal static class FencedBlockScan
{
    /// <summary>A fence's language word (the info string's first word) and the code between its fences.</summary>
    public readonly record struct Block(string Language, string Code);

    public static List<Block> Find(string body)
    {
        var blocks = new List<Block>();
        var lines = body.AsSpan();
        while (!lines.IsEmpty)
        {
            var line = NextLine(ref lines);
            if (!TryOpen(line, out var fence, out var length, out var indent, out var language)) continue;
            // The code is gathered in the thread's buffer and made a string once, at its exact length.
            var code = t_code ??= new char[1024];
            var used = 0;
            var first = true;
            while (!lines.IsEmpty)
            {
                var inner = NextLine(ref lines);
                if (Closes(inner, fence, length)) break;
                // A block without a language is never highlighted: only its end matters.
                if (language.Length == 0) continue;
                var text = WithoutIndent(inner, indent);
                var needed = used + text.Length + (first ? 0 : 1);
                if (needed > code.Length) Array.Resize(ref code, Math.Max(code.Length * 2, needed));
                if (!first) code[used++] = '\n';
                first = false;
                text.CopyTo(code.AsSpan(used));
                used += text.Length;
            }
            if (language.Length > 0) blocks.Add(new Block(language, new string(code, 0, used)));
            // A very long block does not keep its buffer.
            t_code = code.Length > 1 << 16 ? null : code;
        }
        return blocks;
    }

    [ThreadStatic] private static char[]? t_code;

    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        var line = end < 0 ? text : text[..end];
        text = end < 0 ? [] : text[(end + 1)..];
        return line.EndsWith('\r') ? line[..^1] : line;
    }

    private static bool TryOpen(ReadOnlySpan<char> line, out char fence, out int length, out int indent, out string language)
    {
        (fence, length, language) = ('\0', 0, "");
        indent = Indent(line);
        if (indent > 3 || indent == line.Length || line[indent] is not ('`' or '~')) return false;
        fence = line[indent];
        var rest = line[indent..];
        length = rest.Length - rest.TrimStart(fence).Length;
        if (length < 3) return false;
        var info = rest[length..].Trim();
        // A backtick fence's info string may not hold a backtick (that line is inline code instead).
        if (fence == '`' && info.Contains('`')) return false;
        var end = info.IndexOfAny(' ', '\t');
        language = (end < 0 ? info : info[..end]).ToString();
        return true;
    }

    private static bool Closes(ReadOnlySpan<char> line, char fence, int length)
    {
        var indent = Indent(line);
        if (indent > 3) return false;
        var rest = line[indent..];
        var run = rest.Length - rest.TrimStart(fence).Length;
        return run >= length && rest[run..].IsWhiteSpace();
    }

    private static ReadOnlySpan<char> WithoutIndent(ReadOnlySpan<char> line, int indent)
    {
        var spaces = 0;
        while (spaces < indent && spaces < line.Length && line[spaces] == ' ') spaces++;
        return line[spaces..];
    }

    private static int Indent(ReadOnlySpan<char> line)
    {
        var spaces = 0;
        while (spaces < line.Length && line[spaces] == ' ') spaces++;
        return spaces;
    }
}
