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

    // The label split where the heading goes, each part already encoded: encoding the parts and the heading's text
    // apart gives what encoding the whole label would, without building it per heading.
    private readonly string[] _labelParts = label.Split("{heading}").Select(part => WebUtility.HtmlEncode(part)).ToArray();

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        if (renderer.EnableHtmlForBlock) renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        var id = heading.TryGetAttributes()?.Id;
        if (renderer.EnableHtmlForBlock && !string.IsNullOrEmpty(id))
        {
            renderer.Write("<a class=\"heading-anchor\" href=\"#").Write(WebUtility.HtmlEncode(id)).Write("\" aria-label=\"");
            renderer.Write(_labelParts[0]);
            for (var i = 1; i < _labelParts.Length; i++)
            {
                HeadingText.WriteEncoded(heading, renderer.Writer);
                renderer.Write(_labelParts[i]);
            }
            renderer.Write("\">#</a>");
        }
        if (renderer.EnableHtmlForBlock) renderer.Write("</").Write(tag).WriteLine(">");
        renderer.EnsureLine();
    }
}
