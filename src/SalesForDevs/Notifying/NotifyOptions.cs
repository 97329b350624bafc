namespace SalesForDevs.Notifying;

/// <summary>How <see cref="Notifier"/> runs. The clock and the environment are injected: tests pin both.</summary>
internal sealed record NotifyOptions
{
    /// <summary>Decides which posts are published, and stamps the state file and the email's Date.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Looks up environment variables (the secrets site.yml names).</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>Print what would be sent; send nothing and leave the state file alone.</summary>
    public bool DryRun { get; init; }

    /// <summary>On the first run (no state file), announce every published post instead of only recording them.</summary>
    public bool All { get; init; }

    public string? BaseUrlOverride { get; init; }

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    public TimeSpan SmtpTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where progress lines go (one per post); errors go into the result's diagnostics.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}
