using System.Buffers;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown.Extensions.Images;
using SalesForDevs.Rendering.Markdown.Extensions.RawHtml;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Renders one markdown body to HTML with the shared pipeline. Links are rewritten on the syntax tree
/// before rendering, so their positions are still known for error messages.
/// </summary>
internal static partial class MarkdownRenderer
{
    private const string MoreMarker = "<!--more-->";

    /// <summary>Whether a raw HTML block is the <c>&lt;!--more--&gt;</c> line that ends a post's excerpt.</summary>
    internal static bool IsMoreMarker(HtmlBlock block) => block.Lines.ToString().Trim() == MoreMarker;

    /// <param name="body">The markdown after the front matter.</param>
    /// <param name="sourcePath">Site-relative path of the file, for link resolution and diagnostics.</param>
    /// <param name="bodyStartLine">1-based file line of the body's first line.</param>
    /// <param name="pipeline">The pipeline for the site's typography settings; the default one when null.</param>
    /// <param name="toc">Whether to make <see cref="RenderedMarkdown.TocHtml"/>: only pages that show a table of contents need it.</param>
    public static RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, MarkdownPipeline? pipeline = null,
        bool toc = true)
    {
        if (NestingGuard.Find(body) is { } deep)
        {
            diagnostics.Error("markdown-nesting", $"the markdown here has {deep.What}; no page can show that, so flatten it",
                new SourceLocation(sourcePath, bodyStartLine + deep.Line, deep.Column + 1));
            return Nothing;
        }
        try
        {
            return RenderChecked(body, sourcePath, bodyStartLine, links, diagnostics, pipeline ?? MarkdownPipelineFactory.Pipeline, toc);
        }
        catch (Exception ex) when (ex is ArgumentException or InsufficientExecutionStackException)
        {
            // Markdig's own depth limit (nesting the guard does not count, such as inline links in links).
            diagnostics.Error("markdown-nesting", $"the markdown cannot be rendered: {ex.Message.TrimEnd('.')}; look for deeply nested quotes, lists, emphasis or links",
                new SourceLocation(sourcePath, bodyStartLine, 1));
            return Nothing;
        }
    }

    private static readonly RenderedMarkdown Nothing = new(Utf8Html.Empty, "", "", false, 0);

    private static RenderedMarkdown RenderChecked(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, MarkdownPipeline pipeline,
        bool toc)
    {
        var document = Markdig.Markdown.Parse(body, MarkdownPipelineFactory.ForParsing(pipeline, body));
        // One walk finds what the passes below read; only the last two change the tree's shape.
        var nodes = MarkdownNodes.Of(document);
        if (RawHtmlNesting.Find(nodes.RawHtml) is { } tooDeep)
        {
            diagnostics.Error("markdown-nesting", $"the raw HTML here is nested more than {RawHtmlNesting.MaxDepth} elements deep; no browser shows that, so flatten it",
                new SourceLocation(sourcePath, bodyStartLine + tooDeep.Line, tooDeep.Column + 1));
            return Nothing;
        }
        if (MarkdownPipelineFactory.EscapesRawHtml(pipeline)) UnsafeLinks.Report(document, sourcePath, bodyStartLine, diagnostics);
        ShortcodeSyntax.Report(document, sourcePath, bodyStartLine, diagnostics);
        ImageAttributes.Apply(nodes.Links, sourcePath, bodyStartLine, links, diagnostics);
        var (images, wrapImages) = ResponsiveImages.Apply(nodes.Links, sourcePath, bodyStartLine, links, diagnostics);
        LinkRewriter.Rewrite(nodes, sourcePath, bodyStartLine, links, diagnostics);
        wrapImages();

        // One renderer per thread, reset between bodies: setting one up costs about as much as rendering a short post.
        var writer = t_writer ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        if (t_renderer is null || t_rendererPipeline != pipeline) (t_renderer, t_rendererPipeline) = (NewRenderer(writer, pipeline), pipeline);
        var renderer = t_renderer;
        renderer.Reset();
        writer.GetStringBuilder().Clear();

        int excerptStart = -1, excerptEnd = -1, moreAt = -1;
        foreach (var block in document)
        {
            if (moreAt < 0 && block is HtmlBlock html && IsMoreMarker(html))
            {
                writer.Flush();
                moreAt = writer.GetStringBuilder().Length;
                continue;
            }
            var start = writer.GetStringBuilder().Length;
            renderer.Render(block);
            if (excerptStart < 0 && block is ParagraphBlock)
            {
                writer.Flush();
                (excerptStart, excerptEnd) = (start, writer.GetStringBuilder().Length);
            }
        }
        writer.Flush();
        // The body is kept as UTF-8 to the end of the build; only the excerpt is read as text, from the builder.
        var output = writer.GetStringBuilder();
        var (from, to) = moreAt >= 0 ? (0, moreAt) : excerptStart >= 0 ? (excerptStart, excerptEnd) : (0, 0);
        var excerptChars = to > from ? ArrayPool<char>.Shared.Rent(to - from) : [];
        string excerptHtml, excerptText;
        try
        {
            output.CopyTo(from, excerptChars, to - from);
            var excerpt = excerptChars.AsSpan(0, to - from);
            (excerptHtml, excerptText) = (excerpt.Trim().ToString(), ExcerptText.Of(excerpt));
        }
        finally
        {
            if (excerptChars.Length > 0) ArrayPool<char>.Shared.Return(excerptChars);
        }
        var words = WordCount(body);
        return new RenderedMarkdown(Utf8Html.From(output), excerptHtml, excerptText, moreAt >= 0, words)
        {
            TocHtml = toc ? TableOfContents.Build(document) : "",
            Shortcodes = ShortcodeSyntax.Calls(document, sourcePath, bodyStartLine),
            Images = images,
        };
    }

    [ThreadStatic] private static StringWriter? t_writer;
    [ThreadStatic] private static ReusableHtmlRenderer? t_renderer;
    [ThreadStatic] private static MarkdownPipeline? t_rendererPipeline;

    private static ReusableHtmlRenderer NewRenderer(StringWriter writer, MarkdownPipeline pipeline)
    {
        var renderer = new ReusableHtmlRenderer(writer);
        pipeline.Setup(renderer);
        return renderer;
    }

    /// <summary>Markdig keeps a renderer's reset to itself; a subclass may call it.</summary>
    private sealed class ReusableHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
    {
        public new void Reset() => base.Reset();
    }

    /// <summary>Visible text of an HTML fragment on one line: tags dropped, entities decoded, white space folded.</summary>
    public static string PlainText(string html) => ExcerptText.Of(html);

    private static int WordCount(string markdown)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in markdown)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '-');
        }
        return count;
    }
}
