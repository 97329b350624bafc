namespace SalesForDevs.Rendering.Markdown;

/// <summary>A body rendered to HTML, with its excerpt (the part before &lt;!--more--&gt;, else the first paragraph).</summary>
public sealed record RenderedMarkdown(string Html, string ExcerptHtml, string ExcerptText, bool HasMoreMarker, int WordCount);
