using System.Diagnostics;
using System.Globalization;
using SalesForDevs.Building;

namespace SalesForDevs.Cli;

/// <summary>
/// Shows a build's stages as they happen, but only once it has run longer than <c>delay</c>: a quick build prints
/// nothing extra. With --verbose it also prints each stage's time. Stage names are the builder's own, so what it
/// shows is what is running.
/// </summary>
internal sealed class BuildProgressDisplay : IBuildProgress, IDisposable
{
    private readonly TextWriter? _progress;
    private readonly TextWriter? _timings;
    private readonly TimeSpan _delay;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly Timer? _timer;
    private string? _current;
    private TimeSpan _cpuAtStart;
    private long _allocatedAtStart;
    private string? _shown;
    private bool _done;

    /// <param name="progress">Where stage names go (stderr on a terminal), or null for none.</param>
    /// <param name="timings">Where per-stage times go (--verbose), or null for none.</param>
    /// <param name="delay">How long a build runs before its stages are shown.</param>
    public BuildProgressDisplay(TextWriter? progress, TextWriter? timings, TimeSpan delay)
    {
        _progress = progress;
        _timings = timings;
        _delay = delay;
        // The timer shows the running stage when one stage alone takes longer than the delay.
        if (progress is not null && delay > TimeSpan.Zero) _timer = new Timer(_ => ShowCurrent(), null, delay, Timeout.InfiniteTimeSpan);
    }

    public void StageStarted(string stage)
    {
        lock (_lock)
        {
            _current = stage;
            _cpuAtStart = ProcessorTime();
            _allocatedAtStart = GC.GetTotalAllocatedBytes();
            if (_clock.Elapsed >= _delay) Show();
        }
    }

    public void StageFinished(string stage, TimeSpan elapsed)
    {
        lock (_lock)
        {
            if (_current == stage) _current = null;
            // Processor time beside wall time shows whether a stage used both cores or waited (disk, locks, GC).
            _timings?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-14} {elapsed.TotalSeconds,7:0.000} s  (processor {(ProcessorTime() - _cpuAtStart).TotalSeconds:0.000} s, {(GC.GetTotalAllocatedBytes() - _allocatedAtStart) / 1e6:0} MB allocated)"));
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public void Dispose()
    {
        lock (_lock) _done = true;
        _timer?.Dispose();
    }

    private void ShowCurrent()
    {
        lock (_lock) Show();
    }

    private void Show()
    {
        if (_done || _progress is null || _current is null || _current == _shown) return;
        _progress.WriteLine($"building: {_current}...");
        _shown = _current;
    }
}
