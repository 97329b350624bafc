using SalesForDevs.Diagnostics;

namespace SalesForDevs.Scaffolding;

/// <summary>The outcome of <c>sfd init</c>: the files written and those left as they were (with --force).</summary>
internal sealed record NewSiteResult(bool Succeeded, IReadOnlyList<string> Written, IReadOnlyList<string> Kept, IReadOnlyList<Diagnostic> Diagnostics);
