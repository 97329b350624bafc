namespace SalesForDevs.Checking;

/// <summary>How <c>sfd check</c> runs. <see cref="Now"/> decides which posts count as published, as in a build.</summary>
internal sealed record CheckOptions
{
    public required DateTimeOffset Now { get; init; }
    /// <summary>The base URL the site was built for, when it is not site.yml's (sfd build --base-url).</summary>
    public string? BaseUrlOverride { get; init; }
    /// <summary>When set, external http(s) links are requested too.</summary>
    public ExternalLinkChecker? External { get; init; }
    /// <summary>Warnings (orphan pages, unkept promises) count as errors.</summary>
    public bool Strict { get; init; }
}
