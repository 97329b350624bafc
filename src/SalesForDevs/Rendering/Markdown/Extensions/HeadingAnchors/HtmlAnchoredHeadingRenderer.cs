using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

/// <summary>Writes &lt;hN id="x"&gt;Text&lt;a class="heading-anchor" href="#x"&gt;#&lt;/a&gt;&lt;/hN&gt;; headings without an id are written as Markdig writes them.</summary>
internal sealed class HtmlAnchoredHeadingRenderer(string label) : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>The label of i18n/en.yml's <c>heading_anchor_label</c>, which the shared English pipelines use.</summary>
    public const string EnglishLabel = "Link to section: {heading}";

    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        if (renderer.EnableHtmlForBlock) renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        var id = heading.TryGetAttributes()?.Id;
        if (renderer.EnableHtmlForBlock && !string.IsNullOrEmpty(id))
        {
            var text = HeadingText.Of(heading);
            renderer.Write("<a class=\"heading-anchor\" href=\"#").Write(WebUtility.HtmlEncode(id))
                .Write("\" aria-label=\"").Write(WebUtility.HtmlEncode(label.Replace("{heading}", text, StringComparison.Ordinal))).Write("\">#</a>");
        }
        if (renderer.EnableHtmlForBlock) renderer.Write("</").Write(tag).WriteLine(">");
        renderer.EnsureLine();
    }
}
