using System.Globalization;
using SalesForDevs.Building;

namespace SalesForDevs.Serving;

/// <summary>Collects how long each stage of one rebuild took, for sfd serve --verbose.</summary>
internal sealed class StageTimes : IBuildProgress
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public void StageStarted(string stage) { }

    public void StageFinished(string stage, TimeSpan elapsed) => _stages.Add((stage, elapsed));

    /// <summary>One line: "configuration 1 ms, content 12 ms, ...".</summary>
    public static string Format(IReadOnlyList<(string Stage, TimeSpan Elapsed)> stages) =>
        string.Join(", ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms")));
}
