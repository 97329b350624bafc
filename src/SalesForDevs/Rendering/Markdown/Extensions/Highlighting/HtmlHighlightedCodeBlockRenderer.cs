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

    // The code of one block at a time, gathered per thread: a block found in the cache never becomes a string.
    [ThreadStatic] private static char[]? t_code;

    private static ReadOnlySpan<char> CodeText(CodeBlock block)
    {
        var lines = block.Lines;
        var length = Math.Max(lines.Count - 1, 0);
        for (var i = 0; i < lines.Count; i++) length += lines.Lines[i].Slice.Length;
        // A very long block does not keep its buffer.
        var code = t_code is { } kept && kept.Length >= length ? kept : new char[Math.Max(length, 1024)];
        t_code = code.Length > 1 << 16 ? null : code;
        var used = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) code[used++] = '\n';
            var line = lines.Lines[i].Slice.AsSpan();
            line.CopyTo(code.AsSpan(used));
            used += line.Length;
        }
        return code.AsSpan(0, used);
    }
}
