using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Writes a fenced code block in a known language as &lt;pre&gt;&lt;code class="language-X"&gt; with highlighted spans.
/// Indented blocks, fences without a language and languages without a grammar go to Markdig's own renderer, which
/// writes plain escaped code.
/// </summary>
internal sealed class HtmlHighlightedCodeBlockRenderer(CodeBlockRenderer fallback) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var highlighted = renderer.EnableHtmlForBlock && block is FencedCodeBlock fenced
            ? CodeHighlighter.Highlight(CodeText(block), fenced.Info)
            : null;
        if (highlighted is null)
        {
            fallback.Write(renderer, block);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<pre><code class=\"language-").Write(WebUtility.HtmlEncode(((FencedCodeBlock)block).Info!)).Write("\">");
        renderer.Write(highlighted).Write("\n");
        renderer.WriteLine("</code></pre>");
        renderer.EnsureLine();
    }

    private static string CodeText(CodeBlock block)
    {
        var lines = block.Lines;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) text.Append('\n');
            text.Append(lines.Lines[i].Slice.AsSpan());
        }
        return text.ToString();
    }
}
