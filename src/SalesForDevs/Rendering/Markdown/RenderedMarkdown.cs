namespace SalesForDevs.Rendering.Markdown;

/// <summary>A body rendered to HTML, with its excerpt (the part before &lt;!--more--&gt;, else the first paragraph).</summary>
public sealed record RenderedMarkdown(string Html, string ExcerptHtml, string ExcerptText, bool HasMoreMarker, int WordCount)
{
    /// <summary>A nested list of links to the body's headings (see <see cref="TableOfContents"/>), "" when there are fewer than two.</summary>
    public string TocHtml { get; init; } = "";
}
