using SalesForDevs.Linking;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>A post's summary: its front matter's <c>summary</c>, else the rendered excerpt (the text before &lt;!--more--&gt;).</summary>
internal static class PostSummary
{
    public static string Of(PostNode node, RenderedMarkdown? rendered) =>
        node.Summary ?? rendered?.ExcerptText ?? "";
}
