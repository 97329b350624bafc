using SalesForDevs.Diagnostics;

namespace SalesForDevs.Serving;

/// <summary>What one build while serving did: its diagnostics, how long it took, and how many markdown bodies and pages it rendered or reused.</summary>
internal sealed record RebuildReport(SiteSnapshot Snapshot, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed, int BodiesRendered, int BodiesReused)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int PagesRendered { get; init; }
    public int PagesReused { get; init; }
}
