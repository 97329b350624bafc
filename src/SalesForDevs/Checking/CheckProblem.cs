using SalesForDevs.Diagnostics;

namespace SalesForDevs.Checking;

/// <summary>
/// One problem in a built site: the page it is on (path inside the output folder, such as
/// <c>2026/02/make-the-ask/index.html</c>), the link as written when there is one, and what is wrong.
/// Printed like a diagnostic: <c>about/index.html: error: link /SalesForDevs/nope/ is broken: no page at nope/index.html</c>.
/// </summary>
internal sealed record CheckProblem(CheckProblemKind Kind, Severity Severity, string Page, string? Link, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() => $"{Page}: {(IsError ? "error" : "warning")}: {Message}";

    public static CheckProblem Error(CheckProblemKind kind, string page, string? link, string message) => new(kind, Severity.Error, page, link, message);

    public static CheckProblem Warning(CheckProblemKind kind, string page, string? link, string message) => new(kind, Severity.Warning, page, link, message);
}
