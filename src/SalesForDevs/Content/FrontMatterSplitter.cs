namespace SalesForDevs.Content;

/// <summary>The front matter block and the body of a markdown file, with the line each starts on.</summary>
internal readonly record struct SplitSource(string? FrontMatter, int FrontMatterStartLine, string Body, int BodyStartLine, string? Error);

/// <summary>Splits <c>---</c>-fenced YAML front matter from the markdown body, keeping line numbers.</summary>
internal static class FrontMatterSplitter
{
    public static SplitSource Split(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (!StartsWithFence(text))
            return new SplitSource(null, 0, text, 1, null);

        var firstLineEnd = text.IndexOf('\n');
        var position = firstLineEnd + 1;
        var line = 2;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            if (lineText is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new SplitSource(yaml, 2, body, line + 1, null);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        return new SplitSource(null, 2, text, 1,
            "the front matter opened with --- on line 1 is never closed; add a line with just --- after the last front matter key, before the post's text");
    }

    private static bool StartsWithFence(string text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal) || text == "---";
}
