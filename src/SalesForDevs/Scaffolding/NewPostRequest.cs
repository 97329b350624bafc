namespace SalesForDevs.Scaffolding;

/// <summary>What <c>sfd new post</c> was asked for. Only <see cref="Title"/> is required; the rest is checked against the site.</summary>
internal sealed record NewPostRequest(string Title)
{
    /// <summary>A section of a series in site.yml; the series is inferred when only one series has this section.</summary>
    public string? Section { get; init; }
    /// <summary>A series key from site.yml.</summary>
    public string? Series { get; init; }
    /// <summary>Slugs of existing earlier posts this one puts into practice.</summary>
    public IReadOnlyList<string> BuildsOn { get; init; } = [];
    /// <summary>A date as front matter accepts it (2026-02-09 or 2026-02-09T09:00:00Z); null means now.</summary>
    public string? Date { get; init; }
    /// <summary>The URL slug; null means one made from the title.</summary>
    public string? Slug { get; init; }
    /// <summary>Write a page bundle, <c>YYYY-MM-DD-slug/index.md</c>, so the post's images can go beside it.</summary>
    public bool Bundle { get; init; }
}
