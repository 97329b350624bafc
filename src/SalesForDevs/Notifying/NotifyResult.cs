using SalesForDevs.Diagnostics;

namespace SalesForDevs.Notifying;

/// <summary>What a notify run did: posts announced, posts recorded without sending (first run), and any errors.</summary>
internal sealed record NotifyResult(IReadOnlyList<Diagnostic> Diagnostics, int Announced, int Recorded)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
