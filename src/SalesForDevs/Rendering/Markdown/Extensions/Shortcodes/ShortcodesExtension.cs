using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// Shortcodes in markdown: <c>{{&lt; name key="value" &gt;}}</c> without a body, <c>{{% name %}}markdown{{% /name %}}</c>
/// with one. The markdown stage only reads the syntax and leaves placeholders; the theme's shortcode templates fill
/// them in later (Outputs/Shortcodes).
/// </summary>
internal sealed class ShortcodesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser, so a tag alone on its line is a block; fenced and indented code still come first.
        if (!pipeline.BlockParsers.Contains<ShortcodeBlockParser>()) pipeline.BlockParsers.Insert(0, new ShortcodeBlockParser());
        // A closing tag inside an unfinished code fence in a body is code; marking fences as they end tells them apart.
        if (pipeline.BlockParsers.Find<FencedCodeBlockParser>() is { } fences) fences.Closed += (_, block) => block.SetData(typeof(ShortcodesExtension), true);
        // First of the '{' parsers: generic attributes ({#id .class}) would otherwise try "{{<" and give up on it.
        // Code spans open on '`', so they still take their text before this parser sees a '{' inside them.
        if (!pipeline.InlineParsers.Contains<ShortcodeInlineParser>()) pipeline.InlineParsers.Insert(0, new ShortcodeInlineParser());
    }

    /// <summary>Whether a fenced code block has ended (its closing fence, or the end of its container).</summary>
    public static bool HasEnded(Markdig.Syntax.Block fence) => fence.GetData(typeof(ShortcodesExtension)) is true;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<HtmlShortcodeBlockRenderer>()) html.ObjectRenderers.Insert(0, new HtmlShortcodeBlockRenderer());
        if (!html.ObjectRenderers.Contains<HtmlShortcodeInlineRenderer>()) html.ObjectRenderers.Insert(0, new HtmlShortcodeInlineRenderer());
    }
}
