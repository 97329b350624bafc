namespace SalesForDevs.Serving;

/// <summary>How <c>sfd serve</c> listens and builds.</summary>
internal sealed record ServeOptions
{
    /// <summary>An IP address (127.0.0.1, ::1, 0.0.0.0) or <c>localhost</c>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (see <see cref="SiteServer.Url"/> for the one chosen).</summary>
    public int Port { get; init; } = 4000;

    public bool IncludeDrafts { get; init; }
    public bool IncludeFuture { get; init; }

    /// <summary>Where each rebuild reads "now" (which posts are in the future); injected so tests fix it.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>
    /// How long the files must stay quiet before a rebuild, so one save that touches several files rebuilds once. An
    /// editor's save (a temporary file renamed over the real one) takes well under a millisecond; every millisecond
    /// waited here is added to the time from save to reload.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Print each rebuild's stage times and how much it read and made again (--verbose).</summary>
    public bool Verbose { get; init; }
}
