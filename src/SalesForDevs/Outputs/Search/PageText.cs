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
    public static string Collapse(string text) => Rendering.Markdown.WhiteSpace.Fold(text);

    /// <summary><see cref="Collapse(string)"/> on a span, without a string per word.</summary>
    public static string Collapse(ReadOnlySpan<char> text) => Rendering.Markdown.WhiteSpace.Fold(text);
}
