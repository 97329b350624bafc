namespace SalesForDevs.Scaffolding;

/// <summary>Everything a new post file says, already checked against the site.</summary>
internal sealed record PostSkeleton(string Title, string DateText, string Slug)
{
    public string? Series { get; init; }
    public string? Section { get; init; }
    /// <summary>The posts this one builds on, for the front matter and for links in the body hint.</summary>
    public IReadOnlyList<BuildsOnTarget> BuildsOn { get; init; } = [];
}
