namespace SalesForDevs.Outputs.Search;

/// <summary>
/// What the search index reads from a page's body: its visible text (code, scripts, styles and heading anchors left
/// out) and the text of each heading, white space folded, in document order.
/// </summary>
internal sealed record PageText(string Text, IReadOnlyList<string> Headings)
{
    /// <summary>
    /// Reads <paramref name="html"/> with the streaming <see cref="PageTextScanner"/>, or, for the rare body whose raw
    /// HTML it cannot read exactly as a browser would, with a full HTML parse (<see cref="DomPageText"/>).
    /// </summary>
    public static PageText Read(string html) => PageTextScanner.TryRead(html) ?? DomPageText.Read(html);

    /// <summary>Folds runs of white space into one space and trims the ends; text already so is returned as it is.</summary>
    public static string Collapse(string text) => IsCollapsed(text) ? text : Collapse(text.AsSpan());

    /// <summary>
    /// <see cref="Collapse(string)"/> on a span: the words (runs of anything but <see cref="char.IsWhiteSpace(char)"/>)
    /// joined by single spaces, made into one string without a string per word.
    /// </summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space) buffer[length++] = ' ';
            buffer[length++] = c;
            space = false;
        }
        var collapsed = new string(buffer, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) return false;
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1]))) return false;
        return true;
    }
}
