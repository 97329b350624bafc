using SalesForDevs.Linking;

namespace SalesForDevs.Building;

/// <summary>What a build includes and how it runs (the command line's flags). <see cref="Now"/> is injected so that tests and builds never read a hidden clock.</summary>
internal sealed record BuildOptions
{
    public bool IncludeDrafts { get; init; }
    public bool IncludeFuture { get; init; }
    public required DateTimeOffset Now { get; init; }
    public string? BaseUrlOverride { get; init; }
    /// <summary>sfd serve: the local server's scheme, host and port (http://127.0.0.1:4000), under the path of site.yml's base_url.</summary>
    public string? ServedFrom { get; init; }
    /// <summary>With --strict, warnings (such as unkept series promises) fail the build.</summary>
    public bool Strict { get; init; }
    /// <summary>With --force, a build may go into a non-empty folder sfd did not make: it replaces the files with a path of the site and keeps the rest.</summary>
    public bool Force { get; init; }
    /// <summary>The process builds once and exits (sfd build): a small site then renders without garbage collection (<see cref="SmallBuildMemory"/>).</summary>
    public bool OneShot { get; init; }

    /// <summary>The part linking needs: what is published at <see cref="Now"/>.</summary>
    public PublishRules Publishing => new(Now, IncludeDrafts, IncludeFuture);
}
