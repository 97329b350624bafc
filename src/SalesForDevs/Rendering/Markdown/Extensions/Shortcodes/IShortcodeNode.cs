namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>A shortcode call in the markdown tree, as a block (on a line of its own, or with a body) or inline.</summary>
internal interface IShortcodeNode
{
    ShortcodeTag Tag { get; }

    /// <summary>The call's number in its document, which its placeholder in the rendered HTML carries.</summary>
    int Index { get; }

    /// <summary>Zero-based position of each argument in the body (line, column).</summary>
    IReadOnlyList<(int Line, int Column)> ArgumentPositions { get; }

    /// <summary>The body rendered to HTML, set while rendering; "" for a call without one.</summary>
    string BodyHtml { get; }

    int Line { get; }
    int Column { get; }
}
