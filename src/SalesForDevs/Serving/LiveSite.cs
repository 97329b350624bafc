using System.Diagnostics;
using SalesForDevs.Building;
using SalesForDevs.Diagnostics;
using SalesForDevs.Outputs;

namespace SalesForDevs.Serving;

/// <summary>
/// The site as the server shows it: builds it in memory with the base URL pointing at the local server, keeps the
/// last good build when a new one fails, and reuses unchanged markdown between builds. Readers take
/// <see cref="Current"/>, an immutable snapshot, at any time.
/// </summary>
internal sealed class LiveSite(string siteDirectory, ServeOptions options, string origin)
{
    private static readonly IReadOnlyDictionary<string, OutputFile> NoFiles = new Dictionary<string, OutputFile>();

    private readonly BuildCache _cache = new();
    private readonly Lock _rebuilding = new();
    // Distinguishes this server's versions from a previous run's, so a page left open across a restart reloads too.
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private volatile SiteSnapshot? _current;
    private int _builds;

    /// <summary>The latest snapshot; null until the first build finished.</summary>
    public SiteSnapshot? Current => _current;

    /// <summary>How the site is served and built.</summary>
    public ServeOptions Options => options;

    /// <summary>The site's folder.</summary>
    public string Directory { get; } = siteDirectory;

    /// <summary>The scheme, host and port the site is served from, such as http://127.0.0.1:4000.</summary>
    public string Origin { get; } = origin.TrimEnd('/');

    /// <summary>Builds the site and makes the result <see cref="Current"/>. Calls are serialized: one build at a time.</summary>
    /// <param name="changes">
    /// What the watcher saw change since the last call; with it, files it did not name are not read again and pages no
    /// change can reach are not looked at. Null: anything may have changed.
    /// </param>
    public RebuildReport Rebuild(SiteChanges? changes = null)
    {
        lock (_rebuilding)
        {
            Report(changes);
            return RebuildNow();
        }
    }

    /// <summary>
    /// Passes the watcher's paths on to the cache. A folder moved in (or lost events) can hide changed files behind
    /// one path, so then every file is read and compared again.
    /// </summary>
    private void Report(SiteChanges? changes)
    {
        if (changes is null || changes.EventsLost || changes.Paths.Any(p => System.IO.Directory.Exists(Path.Combine(Directory, p))))
            _cache.AnythingChanged();
        else
            _cache.FilesChanged(changes.Paths);
    }

    private RebuildReport RebuildNow()
    {
        var clock = Stopwatch.StartNew();
        // Wall time on a busy machine is mostly waiting: processor time and allocations say what a rebuild costs.
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var previous = _current;
        var buildOptions = new BuildOptions
        {
            IncludeDrafts = options.IncludeDrafts,
            IncludeFuture = options.IncludeFuture,
            Now = options.Clock.GetUtcNow(),
            ServedFrom = Origin,
        };
        var diagnostics = new DiagnosticBag();
        var stages = new StageTimes();
        RenderedSite? site;
        try
        {
            site = SiteBuilder.Render(Directory, buildOptions, diagnostics, _cache, stages);
        }
        catch (IOException e)
        {
            // A file being saved can be briefly unreadable; the save's own event brings another rebuild.
            diagnostics.Error("io", e.Message);
            site = null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a stage must not take the preview down: show it like any error, and keep serving.
            diagnostics.Error("crash", $"the build crashed ({e.GetType().Name}: {e.Message}); this is a bug in sfd, please report it with the file you changed");
            site = null;
        }

        var sorted = diagnostics.Sorted();
        var version = $"{_instance}.{Interlocked.Increment(ref _builds)}";
        var snapshot = site is not null && !diagnostics.HasErrors
            ? new SiteSnapshot(version, site.Graph.Config.BaseUrl.AbsolutePath, site.Files.ToDictionary(f => f.Path, StringComparer.Ordinal), sorted.Where(d => d.IsError).ToList())
            : new SiteSnapshot(version, previous?.BasePath ?? "/", previous?.Files ?? NoFiles, sorted.Any(d => d.IsError) ? sorted : [Diagnostic.Error("build", "the build failed")]);
        _current = snapshot;
        return new RebuildReport(snapshot, sorted, clock.Elapsed, _cache.Markdown.Misses, _cache.Markdown.Hits)
        {
            PagesRendered = _cache.Pages.Misses,
            PagesReused = _cache.Pages.Hits,
            PagesCompared = _cache.Pages.ViewsCompared,
            FilesRead = _cache.Content.FilesRead,
            GraphReused = _cache.Graph.Reused,
            ThemeReused = _cache.Templates.Reused,
            OutputsWritten = _cache.Files.Misses,
            OutputsReused = _cache.Files.Hits,
            Stages = stages.Stages,
            ProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - processor,
            Allocated = GC.GetTotalAllocatedBytes() - allocated,
            Collections = GC.CollectionCount(0) - collections,
        };
    }
}
