using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// Writes a placeholder where a shortcode stands; the theme's template replaces it once pages and the site are known
/// (the shortcode templates see the page and the site, which need every body rendered first). A body is rendered
/// here, with the page's own pipeline, and kept on the node.
/// </summary>
internal sealed class HtmlShortcodeBlockRenderer : HtmlObjectRenderer<ShortcodeBlock>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeBlock block)
    {
        if (block.Tag.Body)
        {
            var outer = renderer.Writer;
            using var body = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Writer = body;
            renderer.WriteChildren(block);
            renderer.Writer = outer;
            block.BodyHtml = body.ToString();
        }
        renderer.EnsureLine();
        renderer.WriteLine(ShortcodeDocument.Placeholder(block.Index));
    }
}

/// <summary>The inline counterpart of <see cref="HtmlShortcodeBlockRenderer"/>; plain-text renders (alt text, heading ids) get nothing.</summary>
internal sealed class HtmlShortcodeInlineRenderer : HtmlObjectRenderer<ShortcodeInline>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeInline inline)
    {
        if (renderer.EnableHtmlForInline) renderer.Write(ShortcodeDocument.Placeholder(inline.Index));
    }
}
