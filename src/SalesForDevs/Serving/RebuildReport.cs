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

    /// <summary>Content files read from disk.</summary>
    public int FilesRead { get; init; }

    /// <summary>Feeds, search documents, the search index and the sitemap: made again, or reused because their inputs did not change.</summary>
    public int OutputsWritten { get; init; }
    public int OutputsReused { get; init; }

    /// <summary>Each build stage and its time, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages { get; init; } = [];
}
