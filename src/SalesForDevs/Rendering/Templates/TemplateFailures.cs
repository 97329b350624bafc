using System.Collections.Concurrent;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Template errors of one build, collected from pages rendered in parallel and reported once each: a mistake in
/// <c>base.scriban</c> is one error naming the first page it broke and how many others, not one per page. A limit
/// (a loop that never ends, an include cycle) stops every other page at once, so the build fails within seconds.
/// </summary>
internal sealed class TemplateFailures
{
    private readonly ConcurrentDictionary<(SourceLocation At, string Message), Failure> _failures = new();
    private volatile bool _stopped;

    /// <summary>A limit was reached: the pages still rendering give up, and no new page starts.</summary>
    public bool Stopped => _stopped;

    public void Record(SourceLocation at, string message, string page, bool stopsBuild)
    {
        if (stopsBuild) _stopped = true;
        _failures.AddOrUpdate((at, message), _ => new Failure(page, 1, stopsBuild),
            (_, f) => f with { FirstPage = string.CompareOrdinal(page, f.FirstPage) < 0 ? page : f.FirstPage, Pages = f.Pages + 1 });
    }

    /// <summary>Adds one diagnostic per distinct error to <paramref name="diagnostics"/>, and forgets them.</summary>
    public void ReportTo(DiagnosticBag diagnostics)
    {
        foreach (var ((at, message), f) in _failures.OrderBy(e => e.Key.At.ToString(), StringComparer.Ordinal))
        {
            var where = f.StopsBuild ? $"while rendering {f.FirstPage}; the other pages were not rendered"
                : f.Pages == 1 ? $"while rendering {f.FirstPage}"
                : $"while rendering {f.FirstPage} and {f.Pages - 1} other page{(f.Pages == 2 ? "" : "s")}";
            diagnostics.Error("template-runtime", $"{message} ({where})", at);
        }
        _failures.Clear();
    }

    private sealed record Failure(string FirstPage, int Pages, bool StopsBuild);
}
