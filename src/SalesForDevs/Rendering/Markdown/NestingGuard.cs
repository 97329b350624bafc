namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Finds markdown nested deeper than any real post (quotes in quotes, lists in lists, runs of emphasis marks)
/// before Markdig sees it: Markdig's time grows with the square of list depth and it stops with an exception
/// past its own limit, so the build reports the line instead, in linear time.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Quotes and list items inside each other; real posts stay under ten.</summary>
    public const int MaxBlockDepth = 100;

    /// <summary>A run of the same emphasis or bracket mark; <c>***</c> is already bold italic.</summary>
    public const int MaxDelimiterRun = 200;

    /// <summary>The 0-based line and column of the first line nested too deep, with what is nested; null when none is.</summary>
    public static (int Line, int Column, string What)? Find(string body)
    {
        var line = 0;
        var inFence = false;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var text = body.AsSpan(range);
            var trimmed = text.TrimStart(" \t");
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")) inFence = !inFence;
            else if (!inFence)
            {
                if (BlockDepth(text) > MaxBlockDepth)
                    return (line, 0, $"quotes or list items nested more than {MaxBlockDepth} deep");
                if (LongestRun(text, out var at) > MaxDelimiterRun)
                    return (line, at, $"a run of more than {MaxDelimiterRun} emphasis or bracket marks (*, _, ~, [)");
            }
            line++;
        }
        return null;
    }

    /// <summary>Quote marks and list markers at the start of the line; indentation before a marker counts a level per two columns.</summary>
    private static int BlockDepth(ReadOnlySpan<char> text)
    {
        var depth = 0;
        var indent = 0;
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t') { indent += text[i] == '\t' ? 4 : 1; i++; }
        var markers = 0;
        while (i < text.Length)
        {
            if (text[i] is ' ' or '\t') { i++; continue; }
            if (text[i] == '>') { markers++; i++; continue; }
            if (text[i] is '-' or '+' or '*' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t')) { markers++; i++; continue; }
            var digits = 0;
            while (i + digits < text.Length && char.IsAsciiDigit(text[i + digits]) && digits < 10) digits++;
            if (digits > 0 && i + digits < text.Length && text[i + digits] is '.' or ')' && (i + digits + 1 == text.Length || text[i + digits + 1] is ' ' or '\t'))
            {
                markers++;
                i += digits + 1;
                continue;
            }
            break;
        }
        if (markers > 0) depth = markers + indent / 2;
        return depth;
    }

    private static int LongestRun(ReadOnlySpan<char> text, out int column)
    {
        // A line of only *, - or _ (and spaces) is a thematic break, however long.
        if (text.Trim(" \t*-_").IsEmpty) { column = 0; return 0; }
        int longest = 0, run = 0;
        column = 0;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            run = c is '*' or '_' or '~' or '[' && c == previous ? run + 1 : c is '*' or '_' or '~' or '[' ? 1 : 0;
            if (run > longest) { longest = run; column = i - run + 1; }
            previous = c;
        }
        return longest;
    }
}
