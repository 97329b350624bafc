namespace SalesForDevs.Diagnostics;

/// <summary>
/// One problem found in the user's site. Printed in the contract's format:
/// <c>content/posts/x.md:4:7: error: date "2026-13-40" is not a valid date</c>.
/// </summary>
internal sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var level = IsError ? "error" : "warning";
        return Location is null ? $"{level}: {Message}" : $"{Location}: {level}: {Message}";
    }

    public static Diagnostic Error(string code, string message, SourceLocation? at = null) => new(Severity.Error, code, message, at);

    public static Diagnostic Warning(string code, string message, SourceLocation? at = null) => new(Severity.Warning, code, message, at);
}
