using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>The one Markdig pipeline every build shares: immutable and thread-safe once built.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            // AutoLinks turns bare https:// and www. text into links, as GitHub does.
            .UseAutoLinks()
            // GitHub-style ids are stable (derived from the heading text) and made unique per page with -1, -2.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseGenericAttributes()
            // Replaces the code block renderer, so it comes after every extension that renders code blocks.
            .Use<HighlightingExtension>()
            .Build();
}
