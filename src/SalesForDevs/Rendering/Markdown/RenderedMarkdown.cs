namespace SalesForDevs.Rendering.Markdown;

/// <summary>A body rendered to HTML, with its excerpt (the part before &lt;!--more--&gt;, else the first paragraph).</summary>
internal sealed record RenderedMarkdown(Utf8Html Html, string ExcerptHtml, string ExcerptText, bool HasMoreMarker, int WordCount)
{
    /// <summary>A nested list of links to the body's headings (see <see cref="TableOfContents"/>), "" when there are fewer than two.</summary>
    public string TocHtml { get; init; } = "";

    /// <summary>
    /// The shortcodes the body calls. Until the theme's templates fill them in, <see cref="Html"/> holds a placeholder
    /// for each; afterwards this is empty and <see cref="FeedHtml"/> holds the feed version of the body.
    /// </summary>
    public IReadOnlyList<ShortcodeCall> Shortcodes { get; init; } = [];

    /// <summary>The body as feeds and emails carry it: shortcodes give their reader-safe output there. Null: the same as <see cref="Html"/>.</summary>
    public Utf8Html? FeedHtml { get; init; }

    /// <summary>The raster images the body shows and the resized copies its srcset attributes name.</summary>
    public IReadOnlyList<Extensions.Images.ImageUse> Images { get; init; } = [];
}
