namespace SalesForDevs.Diagnostics;

/// <summary>Thrown at the API boundary when a stage reported errors; carries every diagnostic found so far.</summary>
internal sealed class BuildFailedException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"The build failed with {diagnostics.Count(d => d.IsError)} error(s).")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
