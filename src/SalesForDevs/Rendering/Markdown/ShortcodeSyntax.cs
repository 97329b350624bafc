using Markdig.Syntax;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>Reports a parsed body's shortcode syntax errors, and lists its calls once it is rendered.</summary>
internal static class ShortcodeSyntax
{
    public static void Report(MarkdownDocument document, string sourcePath, int bodyStartLine, DiagnosticBag diagnostics)
    {
        if (ShortcodeDocument.Of(document) is not { } shortcodes) return;
        foreach (var (line, column, message) in shortcodes.Errors)
            diagnostics.Error("shortcode-syntax", message(bodyStartLine), new SourceLocation(sourcePath, bodyStartLine + line, column + 1));
    }

    /// <summary>The calls of a rendered document, by index; empty for a body without shortcodes.</summary>
    public static IReadOnlyList<ShortcodeCall> Calls(MarkdownDocument document, string sourcePath, int bodyStartLine)
    {
        if (ShortcodeDocument.Of(document) is not { } shortcodes) return [];
        SourceLocation At(int line, int column) => new(sourcePath, bodyStartLine + line, column + 1);
        return shortcodes.Nodes.Select(n => new ShortcodeCall(n.Index, n.Tag.Name, n.Tag.Body, n.Tag.Arguments,
            n.ArgumentPositions.Select(p => At(p.Line, p.Column)).ToList(), n.BodyHtml, At(n.Line, n.Column))).ToList();
    }
}
