using SalesForDevs.Diagnostics;

namespace SalesForDevs.Checking;

/// <summary>
/// What <c>sfd check</c> found: problems in the built site, sorted by page, and counts for the summary line.
/// <see cref="SiteDiagnostics"/> holds errors in the sources (site.yml, front matter) that stopped the check before it began.
/// </summary>
internal sealed record CheckReport(IReadOnlyList<Diagnostic> SiteDiagnostics, IReadOnlyList<CheckProblem> Problems)
{
    public int Pages { get; init; }
    public int Links { get; init; }
    public int Feeds { get; init; }
    public int ExternalLinks { get; init; }

    public int Errors => SiteDiagnostics.Count(d => d.IsError) + Problems.Count(p => p.IsError);
    public int Warnings => Problems.Count(p => !p.IsError);
    public bool Succeeded => Errors == 0;
}
