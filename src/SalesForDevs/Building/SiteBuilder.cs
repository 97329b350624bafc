using System.Diagnostics;
using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Outputs;
using SalesForDevs.Publishing;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Building;

/// <summary>
/// Runs the build stages in order: configuration, content, linking, rendering, outputs, publishing.
/// Each stage reports into one bag; the build stops at the end of the first stage with errors.
/// </summary>
internal static class SiteBuilder
{
    /// <summary>Builds the site in <paramref name="siteDirectory"/> into <paramref name="outputDirectory"/>, replacing it only on success.</summary>
    /// <param name="progress">Optional: hears each stage start and end (progress display, --verbose timings).</param>
    public static BuildResult Build(string siteDirectory, string outputDirectory, BuildOptions options, IBuildProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag { WarningsAsErrors = options.Strict };
        if (!OutputGuard.Check(siteDirectory, outputDirectory, diagnostics, options.Force))
            return new BuildResult(diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);

        // A first build writes its pages while they render; any other compares with what the output holds.
        using var direct = EmptyOutputPublisher.TryStart(outputDirectory);
        var site = Render(siteDirectory, options, diagnostics, progress: progress, sink: direct);
        if (site is null) return new BuildResult(diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);

        int? written;
        try
        {
            using (StageTimer.Start(progress, "publishing"))
                written = direct is not null ? direct.Finish(site.Files, diagnostics, options.Force) : SitePublisher.Publish(outputDirectory, site.Files, diagnostics, options.Force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a folder we may not write: the files written so far were only staged, so nothing changed.
            diagnostics.Error("write-failed", $"could not write the site into {outputDirectory}: {e.Message}");
            return new BuildResult(diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);
        }
        if (written is null) return new BuildResult(diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);
        return new BuildResult(diagnostics.Sorted(), site.Pages, site.Feeds, site.Files.Count, clock.Elapsed)
        {
            Written = written.Value,
            ImagesEncoded = site.ImagesEncoded,
            Sizes = new(() => (GeneratedBytes(site.Files.Where(f => f.Path == Outputs.Search.SearchIndexWriter.FileName)),
                GeneratedBytes(site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))))),
        };
    }

    private static long GeneratedBytes(IEnumerable<OutputFile> files) =>
        files.Sum(f => f.Text is not null ? System.Text.Encoding.UTF8.GetByteCount(f.Text) : f.Bytes?.LongLength ?? f.WrittenLength ?? 0L);

    /// <summary>
    /// Stages 1–3, configuration, content and linking: the site's graph, or null when a stage reported errors (they are
    /// in <paramref name="diagnostics"/>). sfd check stops here; <see cref="Render"/> goes on from here.
    /// </summary>
    public static SiteGraph? Link(string siteDirectory, BuildOptions options, DiagnosticBag diagnostics, IBuildProgress? progress = null)
    {
        using var stages = new StageTimer(progress);
        return Link(siteDirectory, options, diagnostics, stages, NoBuildCache.Instance, NoBuildCache.Instance);
    }

    /// <summary>
    /// Renders the whole site in memory; null when a stage reported errors (they are in <paramref name="diagnostics"/>).
    /// For --strict, pass a bag with <see cref="DiagnosticBag.WarningsAsErrors"/> set.
    /// A <paramref name="cache"/> kept between calls skips the work whose inputs did not change (sfd serve).
    /// </summary>
    public static RenderedSite? Render(string siteDirectory, BuildOptions options, DiagnosticBag diagnostics, IBuildCache? cache = null, IBuildProgress? progress = null,
        IOutputSink? sink = null)
    {
        cache ??= NoBuildCache.Instance;
        cache.BuildStarted();
        using var stages = new StageTimer(progress);
        var site = RenderStages(siteDirectory, options, diagnostics, stages, cache, sink);
        cache.BuildFinished(complete: site is not null);
        return site;
    }

    private static SiteGraph? Link(string siteDirectory, BuildOptions options, DiagnosticBag diagnostics, StageTimer stages, IContentParser parser, IGraphLinker linker)
    {
        stages.Next("configuration");
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics, options.BaseUrlOverride, options.ServedFrom);
        if (config is null || diagnostics.HasErrors) return null;
        // The language's strings come from the theme's i18n files and the site's: known before any page is linked or rendered.
        var strings = LoadStrings(siteDirectory, config, diagnostics);
        if (strings is null || diagnostics.HasErrors) return null;
        config = config with { Strings = strings };

        stages.Next("content");
        var items = ContentLoader.Load(siteDirectory, diagnostics, parser, config.Taxonomies);
        if (diagnostics.HasErrors) return null;

        stages.Next("linking");
        var graph = linker.Link(config, items, options.Publishing, diagnostics);
        return diagnostics.HasErrors ? null : graph;
    }

    private static Languages.Translations? LoadStrings(string siteDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var theme = ThemeLoader.Find(siteDirectory, config.Theme, diagnostics);
        if (theme is null) return null;
        return Languages.TranslationLoader.Load(config.Language, config.LanguageAt, Languages.TranslationLoader.SiteFiles(siteDirectory, diagnostics),
            ThemeLoader.TranslationFiles(theme, diagnostics), config.Theme, diagnostics);
    }

    private static RenderedSite? RenderStages(string siteDirectory, BuildOptions options, DiagnosticBag diagnostics, StageTimer stages, IBuildCache cache,
        IOutputSink? sink)
    {
        var graph = Link(siteDirectory, options, diagnostics, stages, cache, cache);
        if (graph is null) return null;
        using var memory = options.OneShot ? SmallBuildMemory.Start(graph.Posts.Count + graph.Pages.Count) : null;

        var urls = new UrlBuilder(graph.Config.BaseUrl);
        IReadOnlyDictionary<PostNode, RenderedMarkdown> rendered;
        Rendering.Templates.Theme? theme;
        // Code blocks highlighted by an earlier build are taken from the site's cache (saved when the markdown stage ends);
        // the others are highlighted from now on, in the background, beside the theme.
        using (HighlightCache.Use(siteDirectory))
        {
            // sfd serve's later builds render only what changed (its grammars loaded already, or its code taken from the
            // site's cache): no pass for them, which would otherwise scan every body on every save.
            var prepass = !cache.KeepsRenderedBodies && (cache is NoBuildCache || !CodeHighlighter.Grammars.AnyLoaded)
                ? HighlightPrepass.Start([.. graph.Posts.Concat(graph.Pages).Where(p => p.Item.HasBody).Select(p => p.Item.Body)], HighlightCache.Current!)
                : null;

            stages.Next("theme");
            theme = cache.LoadTheme(siteDirectory, graph.Config.Theme, diagnostics);
            if (theme is null || diagnostics.HasErrors) return null;

            stages.Next("markdown");
            var links = new GraphLinkResolver(graph, urls, siteDirectory);
            prepass?.Help();
            // Posts whose code is highlighted go first, while the last languages finish.
            rendered = ContentRenderer.RenderAll(graph, links, diagnostics, cache,
                prepass is null ? null : node => !node.Item.HasBody || prepass.IsReady(node.Item.Body));
            prepass?.Join();
            if (diagnostics.HasErrors) return null;
            // Shortcode templates see the page and the site, so they fill in the bodies only once all are rendered.
            rendered = Outputs.Shortcodes.ShortcodeExpander.Expand(siteDirectory, graph, rendered, theme, urls, diagnostics);
            if (diagnostics.HasErrors) return null;
        }

        stages.Next("outputs");
        var files = SiteOutputs.Generate(siteDirectory, graph, rendered, theme, diagnostics, cache, sink);
        if (diagnostics.HasErrors) return null;

        stages.Next("images");
        // A site whose bodies show no image has nothing for this stage to look at.
        var uses = rendered.Values.SelectMany(r => r.Images).ToList();
        var images = uses.Count == 0 ? new Outputs.Images.ImageOutputs([], 0)
            : Outputs.Images.ImageVariantWriter.Write(siteDirectory, uses, graph.Config.Images, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), diagnostics);
        if (diagnostics.HasErrors) return null;

        return new RenderedSite(graph, [.. files, .. images.Files]) { Content = rendered, Theme = theme, ImagesEncoded = images.Encoded };
    }
}
