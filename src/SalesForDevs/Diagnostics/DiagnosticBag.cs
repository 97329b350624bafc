namespace SalesForDevs.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage, safely from parallel work. Stages report everything they find
/// and the builder stops at the end of the first stage that reported an error.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>With --strict, a warning is recorded as an error, so it fails the build like one.</summary>
    public bool WarningsAsErrors { get; init; }

    public void Add(Diagnostic diagnostic)
    {
        if (WarningsAsErrors && !diagnostic.IsError) diagnostic = diagnostic with { Severity = Severity.Error };
        lock (_lock) _items.Add(diagnostic);
    }

    public void Error(string code, string message, SourceLocation? at = null) => Add(Diagnostic.Error(code, message, at));

    public void Warning(string code, string message, SourceLocation? at = null) => Add(Diagnostic.Warning(code, message, at));

    /// <summary>Empties the bag, for a bag a thread reuses for one item after another.</summary>
    public void Clear()
    {
        lock (_lock) _items.Clear();
    }

    public bool HasErrors
    {
        get { lock (_lock) return _items.Exists(d => d.IsError); }
    }

    /// <summary>All diagnostics in a stable order (by file, line, column, then message), so output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            // Each post's own bag is usually empty: no sorting machinery for it.
            if (_items.Count == 0) return [];
            return _items
                .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
