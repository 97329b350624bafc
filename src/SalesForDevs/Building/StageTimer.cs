using System.Diagnostics;

namespace SalesForDevs.Building;

/// <summary>Reports stage boundaries to an optional <see cref="IBuildProgress"/>: <see cref="Next"/> ends the running stage and starts another.</summary>
internal sealed class StageTimer(IBuildProgress? progress) : IDisposable
{
    private readonly Stopwatch _clock = new();
    private string? _stage;

    /// <summary>A timer already running <paramref name="stage"/>, for a single stage in a using block.</summary>
    public static StageTimer Start(IBuildProgress? progress, string stage)
    {
        var timer = new StageTimer(progress);
        timer.Next(stage);
        return timer;
    }

    public void Next(string stage)
    {
        Finish();
        if (progress is null) return;
        _stage = stage;
        _clock.Restart();
        progress.StageStarted(stage);
    }

    public void Dispose() => Finish();

    private void Finish()
    {
        if (_stage is null) return;
        progress?.StageFinished(_stage, _clock.Elapsed);
        _stage = null;
    }
}
