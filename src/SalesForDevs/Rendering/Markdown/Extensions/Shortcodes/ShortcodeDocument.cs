using Markdig.Syntax;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// The shortcodes and shortcode syntax errors of one parsed document, kept on the document by the parsers. A document
/// without any has none of this attached, so posts without shortcodes pay nothing after parsing.
/// </summary>
internal sealed class ShortcodeDocument
{
    public List<IShortcodeNode> Nodes { get; } = [];

    /// <summary>Zero-based line and column in the body, and the message given the file line the body starts on.</summary>
    public List<(int Line, int Column, Func<int, string> Message)> Errors { get; } = [];

    public static ShortcodeDocument? Of(MarkdownDocument document) => document.GetData(typeof(ShortcodeDocument)) as ShortcodeDocument;

    public static ShortcodeDocument For(MarkdownDocument document)
    {
        if (Of(document) is { } existing) return existing;
        var created = new ShortcodeDocument();
        document.SetData(typeof(ShortcodeDocument), created);
        return created;
    }

    /// <summary>
    /// Stands in the rendered HTML for call <paramref name="index"/> until the theme's template replaces it. Control
    /// characters never survive into a page, so an author cannot write one by accident.
    /// </summary>
    public static string Placeholder(int index) => "\u0002sfd-shortcode-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u0003";
}
