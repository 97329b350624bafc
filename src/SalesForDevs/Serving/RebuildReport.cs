using SalesForDevs.Diagnostics;

namespace SalesForDevs.Serving;

/// <summary>What one build while serving did: its diagnostics, how long it took, and how much of the site it made again or reused.</summary>
internal sealed record RebuildReport(SiteSnapshot Snapshot, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed, int BodiesRendered, int BodiesReused)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int PagesRendered { get; init; }
    public int PagesReused { get; init; }

    /// <summary>Pages whose data was built to compare it with the last build's; the rest were reused without a look.</summary>
    public int PagesCompared { get; init; }

    /// <summary>The graph of the last build was used again (only post bodies changed), instead of linking every file.</summary>
    public bool GraphReused { get; init; }

    /// <summary>The theme's templates parsed for an earlier build were used again.</summary>
    public bool ThemeReused { get; init; }

    /// <summary>Content files read from disk.</summary>
    public int FilesRead { get; init; }

    /// <summary>Feeds, search documents, the search index and the sitemap: made again, or reused because their inputs did not change.</summary>
    public int OutputsWritten { get; init; }
    public int OutputsReused { get; init; }

    /// <summary>Processor time of the whole process while it rebuilt (the server is otherwise idle then).</summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>Bytes allocated while it rebuilt, and garbage collections run.</summary>
    public long Allocated { get; init; }
    public int Collections { get; init; }

    /// <summary>Each build stage and its time, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages { get; init; } = [];
}
