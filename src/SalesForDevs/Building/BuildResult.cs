using SalesForDevs.Diagnostics;

namespace SalesForDevs.Building;

/// <summary>What a build did: its diagnostics (sorted), and counts for the one-line summary.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Feeds, int Files, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Files actually written: a rebuild leaves files whose bytes did not change alone.</summary>
    public int Written { get; init; }
}
