using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using SalesForDevs.Configuration;
using SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Rendering.Markdown.Extensions.RawHtml;
using SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>The Markdig pipelines builds share: immutable and thread-safe once built, one per combination of settings.</summary>
internal static class MarkdownPipelineFactory
{
    // Each pipeline's twins for parsing (ForParsing); before the pipelines, which register theirs as they are made.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MarkdownPipeline, Twins> ParsingTwins = new(ReferenceEqualityComparer.Instance);

    /// <summary>A pipeline's twins: without pipe tables, and with Markdig's own heading ids, with and without tables.</summary>
    private sealed record Twins(Lazy<MarkdownPipeline> WithoutTables, Lazy<MarkdownPipeline> MarkdigIds, Lazy<MarkdownPipeline> MarkdigIdsWithoutTables);

    /// <summary>The default pipeline, with SmartyPants and raw HTML passed through.</summary>
    public static MarkdownPipeline Pipeline { get; } = Create(smartyPants: true, rawHtml: true);

    private static readonly Lazy<MarkdownPipeline> StraightQuotes = new(() => Create(smartyPants: false, rawHtml: true));
    private static readonly Lazy<MarkdownPipeline> EscapedHtml = new(() => Create(smartyPants: true, rawHtml: false));
    private static readonly Lazy<MarkdownPipeline> StraightQuotesEscapedHtml = new(() => Create(smartyPants: false, rawHtml: false));

    public static MarkdownPipeline For(TypographyConfig typography) => For(typography, new MarkdownConfig());

    /// <summary>
    /// The site's pipeline. The heading links' label is in the site's language; a language other than English gets a
    /// pipeline of its own, built once per label and kept (a long-running sfd serve may switch languages).
    /// </summary>
    public static MarkdownPipeline For(SiteConfig config)
    {
        var label = config.Strings.Text("heading_anchor_label");
        if (label == HtmlAnchoredHeadingRenderer.EnglishLabel) return For(config.Typography, config.Markdown);
        return Translated.GetOrAdd((config.Typography.SmartyPants, config.Markdown.RawHtml, label), key => Create(key.SmartyPants, key.RawHtml, key.Label));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(bool SmartyPants, bool RawHtml, string Label), MarkdownPipeline> Translated = new();

    public static MarkdownPipeline For(TypographyConfig typography, MarkdownConfig markdown) => (typography.SmartyPants, markdown.RawHtml) switch
    {
        (true, true) => Pipeline,
        (false, true) => StraightQuotes.Value,
        (true, false) => EscapedHtml.Value,
        (false, false) => StraightQuotesEscapedHtml.Value,
    };

    /// <summary>Whether the pipeline shows raw HTML as text (and so links that run scripts are errors).</summary>
    public static bool EscapesRawHtml(MarkdownPipeline pipeline) => pipeline.Extensions.Contains<EscapeRawHtmlExtension>();

    /// <summary>
    /// The pipeline to parse <paramref name="body"/> with: <paramref name="pipeline"/>, or one of its twins, which parse
    /// to the same tree. A body without a '|' (no pipe table can start) goes without pipe tables, which saves the table
    /// parser's bookkeeping on every paragraph. A body that may hold a footnote ("[^") names its headings with Markdig's
    /// AutoIdentifiers rather than <see cref="HeadingIdsExtension"/>, whose order holds only while no block moves after
    /// parsing. Render with <paramref name="pipeline"/> either way.
    /// </summary>
    public static MarkdownPipeline ForParsing(MarkdownPipeline pipeline, string body)
    {
        if (!ParsingTwins.TryGetValue(pipeline, out var twins)) return pipeline;
        var tables = body.Contains('|');
        if (body.Contains("[^", StringComparison.Ordinal)) return tables ? twins.MarkdigIds.Value : twins.MarkdigIdsWithoutTables.Value;
        return tables ? pipeline : twins.WithoutTables.Value;
    }

    private static MarkdownPipeline Create(bool smartyPants, bool rawHtml, string anchorLabel = HtmlAnchoredHeadingRenderer.EnglishLabel)
    {
        var pipeline = Create(smartyPants, rawHtml, anchorLabel, tables: true);
        ParsingTwins[pipeline] = new Twins(
            new Lazy<MarkdownPipeline>(() => Create(smartyPants, rawHtml, anchorLabel, tables: false)),
            new Lazy<MarkdownPipeline>(() => Create(smartyPants, rawHtml, anchorLabel, tables: true, markdigIds: true)),
            new Lazy<MarkdownPipeline>(() => Create(smartyPants, rawHtml, anchorLabel, tables: false, markdigIds: true)));
        return pipeline;
    }

    private static MarkdownPipeline Create(bool smartyPants, bool rawHtml, string anchorLabel, bool tables, bool markdigIds = false)
    {
        var builder = new MarkdownPipelineBuilder();
        // Pipe tables turn on precise inline positions, which diagnostics rely on: the twin keeps them.
        if (tables) builder.UsePipeTables();
        else builder.UsePreciseSourceLocation();
        builder
            .UseFootnotes()
            .UseTaskLists()
            // AutoLinks turns bare https:// and www. text into links, as GitHub does.
            .UseAutoLinks();
        // GitHub-style ids are stable (derived from the heading text) and made unique per page with -1, -2: the same
        // either way, ours with less kept per heading (HeadingIdsExtension).
        if (markdigIds) builder.UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        else builder.Extensions.AddIfNotAlready<HeadingIdsExtension>();
        builder
            // Strikethrough only: superscript and subscript read "2^10 bytes, disk 2^20" as markup.
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseGenericAttributes();
        // Curly quotes, en and em dashes, ellipses; code spans and blocks are left alone.
        if (smartyPants) builder.UseSmartyPants();
        if (!rawHtml) builder.Extensions.AddIfNotAlready<EscapeRawHtmlExtension>();
        return builder
            // Shortcode tags are read before generic attributes and paragraphs (the extension inserts its parsers first).
            .Use<ShortcodesExtension>()
            // Both replace a core block renderer, so they come after every extension that renders those blocks.
            .Use<HighlightingExtension>()
            .Use(new HeadingAnchorsExtension(anchorLabel))
            .Build();
    }
}
