using System.Globalization;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

/// <summary>
/// Names each heading of a parsed document that has no id yet (one given with <c>{#id}</c> is kept) after its text, as
/// GitHub and Markdig's AutoIdentifiers with <c>GitHub</c> do: the heading's inlines written as text with a bare HTML
/// renderer (no tags, no escaping), made a URL part with <see cref="LinkHelper.UrilizeAsGfm(ReadOnlySpan{char})"/>,
/// "section" when that is empty, and -1, -2… added to an id the page already has. Markdig names headings as it finishes
/// each one's inlines, in the order of the tree at that time; this walks the finished tree in document order, which is
/// the same order unless blocks move once inlines are parsed. Footnotes move (to the end, in the order they are
/// referred to, unused ones dropped), so a body with footnotes is parsed with Markdig's extension instead.
/// </summary>
internal static class HeadingIds
{
    [ThreadStatic] private static HashSet<string>? t_ids;
    [ThreadStatic] private static TextRenderer? t_text;
    [ThreadStatic] private static char[]? t_chars;

    public static void Assign(MarkdownDocument document)
    {
        var ids = t_ids ??= new HashSet<string>(StringComparer.Ordinal);
        ids.Clear();
        Walk(document, ids);
        // A page with very many headings does not keep its set's storage.
        if (ids.Count > 1024) t_ids = null;
    }

    private static void Walk(ContainerBlock container, HashSet<string> ids)
    {
        // Nesting that deep is reported as markdown that cannot be rendered, as Markdig's renderer does.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case HeadingBlock heading: Name(heading, ids); break;
                case ContainerBlock inner: Walk(inner, ids); break;
            }
        }
    }

    private static void Name(HeadingBlock heading, HashSet<string> ids)
    {
        if (heading.Inline is null) return;
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null) return;
        var text = Text(heading);
        var id = LinkHelper.UrilizeAsGfm(text);
        var baseId = string.IsNullOrEmpty(id) ? "section" : id;
        id = baseId;
        for (var n = 1u; !ids.Add(id); n++) id = string.Concat(baseId, "-", n.ToString(CultureInfo.InvariantCulture));
        attributes.Id = id;
    }

    /// <summary>The heading's inlines written as text, in the thread's buffer until its next call.</summary>
    private static ReadOnlySpan<char> Text(HeadingBlock heading)
    {
        var renderer = t_text ??= new TextRenderer();
        renderer.Clear();
        renderer.Render(heading.Inline!);
        var builder = ((StringWriter)renderer.Writer).GetStringBuilder();
        var length = builder.Length;
        var chars = t_chars is { } kept && kept.Length >= length ? kept : new char[Math.Max(length, 256)];
        builder.CopyTo(0, chars, length);
        // A very long heading does not keep its storage.
        t_chars = chars.Length > 1 << 12 ? null : chars;
        if (builder.Capacity > 1 << 12) t_text = null;
        return chars.AsSpan(0, length);
    }

    /// <summary>Markdig's default HTML renderers writing text only: what its AutoIdentifiers reads a heading's text with.</summary>
    private sealed class TextRenderer() : HtmlRenderer(new StringWriter(CultureInfo.InvariantCulture))
    {
        public void Clear()
        {
            EnableHtmlForInline = false;
            EnableHtmlEscape = false;
            Reset();
        }
    }
}
