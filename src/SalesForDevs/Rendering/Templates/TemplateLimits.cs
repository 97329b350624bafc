namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// How far one page's templates may go before the build stops them with an error. The loop budget grows with the
/// site, because archives and tag pages loop over every post and tag; a loop that never ends still stops. Nothing here ever cuts a page short: reaching a limit is an error, never a truncated page.
/// </summary>
internal sealed record TemplateLimits
{
    /// <summary>Loop iterations on one page (Scriban counts nested loops together).</summary>
    public required int LoopIterations { get; init; }

    /// <summary>
    /// Wall-clock time for one page's templates. Real pages take milliseconds, and the loop budget already stops a loop
    /// that never ends, so this only catches loops that are slow per step. It is wall time, which a loaded machine
    /// stretches: a few seconds failed sound builds on a busy CI runner (starved threads, collections), so it is as
    /// generous as Hugo's page timeout.
    /// </summary>
    public required TimeSpan PageTime { get; init; }

    /// <summary>Nested includes; a chain deeper than this is an include that leads back to itself.</summary>
    public int IncludeDepth { get; init; } = 32;

    /// <summary>Characters of one string or one page: far above any real page, low enough to stop <c>"x" * 1e12</c>.</summary>
    public int Characters { get; init; } = 256 * 1024 * 1024;

    public static TemplateLimits ForSite(Linking.SiteGraph graph) =>
        ForSite(graph.Posts.Count + graph.Pages.Count + graph.Tags.Count + graph.Posts.Sum(p => p.Tags.Count));

    /// <param name="items">Posts, pages, tags and tag uses of the site: what a theme's loops run over.</param>
    public static TemplateLimits ForSite(int items) => new()
    {
        LoopIterations = (int)Math.Min(int.MaxValue, 100_000L + 100L * items),
        PageTime = TimeSpan.FromSeconds(30) + TimeSpan.FromMilliseconds(items / 10.0),
    };
}
