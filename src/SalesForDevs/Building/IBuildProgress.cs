namespace SalesForDevs.Building;

/// <summary>
/// Hears about each build stage as it starts and ends, for progress displays and per-stage timings.
/// Calls come from the thread running the build, one stage at a time.
/// </summary>
internal interface IBuildProgress
{
    void StageStarted(string stage);

    void StageFinished(string stage, TimeSpan elapsed);
}
