namespace SalesForDevs.Diagnostics;

/// <summary>How serious a problem is: errors stop the build, warnings only report.</summary>
internal enum Severity
{
    Warning,
    Error,
}
