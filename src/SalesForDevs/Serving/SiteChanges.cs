namespace SalesForDevs.Serving;

/// <summary>One debounced batch of file changes: the site-relative paths touched, and when the first of them was seen.</summary>
/// <param name="FirstSeen">A <see cref="System.Diagnostics.Stopwatch"/> timestamp, to measure from save to reload.</param>
internal sealed record SiteChanges(IReadOnlyList<string> Paths, long FirstSeen)
{
    /// <summary>The watcher lost events (its buffer overflowed): any file may have changed, not only <see cref="Paths"/>.</summary>
    public bool EventsLost { get; init; }
}
