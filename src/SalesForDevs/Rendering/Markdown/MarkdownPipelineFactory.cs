using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using SalesForDevs.Configuration;
using SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>The Markdig pipelines builds share: immutable and thread-safe once built, one per typography setting.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The default pipeline, with SmartyPants.</summary>
    public static MarkdownPipeline Pipeline { get; } = Create(smartyPants: true);

    private static MarkdownPipeline StraightQuotes { get; } = Create(smartyPants: false);

    public static MarkdownPipeline For(TypographyConfig typography) => typography.SmartyPants ? Pipeline : StraightQuotes;

    private static MarkdownPipeline Create(bool smartyPants)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            // AutoLinks turns bare https:// and www. text into links, as GitHub does.
            .UseAutoLinks()
            // GitHub-style ids are stable (derived from the heading text) and made unique per page with -1, -2.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            // Strikethrough only: superscript and subscript read "2^10 bytes, disk 2^20" as markup.
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseGenericAttributes();
        // Curly quotes, en and em dashes, ellipses; code spans and blocks are left alone.
        if (smartyPants) builder.UseSmartyPants();
        return builder
            // Both replace a core block renderer, so they come after every extension that renders those blocks.
            .Use<HighlightingExtension>()
            .Use<HeadingAnchorsExtension>()
            .Build();
    }
}
