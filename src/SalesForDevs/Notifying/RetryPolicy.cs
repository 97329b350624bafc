namespace SalesForDevs.Notifying;

/// <summary>
/// How the webhook is retried: at most <see cref="Attempts"/> tries, waiting <see cref="Delays"/> between them
/// (the last delay repeats), each try given <see cref="Timeout"/>. Only server errors (5xx), time-outs and failed
/// connections are retried; a 4xx answer is final. Tests inject <see cref="Sleep"/> so that they never wait.
/// </summary>
internal sealed record RetryPolicy(int Attempts, IReadOnlyList<TimeSpan> Delays, TimeSpan Timeout)
{
    /// <summary>3 tries, 2 s then 8 s apart, 15 s each.</summary>
    public static RetryPolicy Default { get; } = new(3, [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8)], TimeSpan.FromSeconds(15));

    public Func<TimeSpan, CancellationToken, Task> Sleep { get; init; } = Task.Delay;

    public TimeSpan DelayAfter(int attempt) =>
        Delays.Count == 0 ? TimeSpan.Zero : Delays[Math.Min(attempt - 1, Delays.Count - 1)];
}
