namespace SalesForDevs.Bench;

/// <summary>One generated post: front matter fields and a markdown body. <see cref="Section"/> is null for a post outside the series.</summary>
public sealed record SyntheticPost(string Slug, string Title, DateTime Date, string[] Tags, string? Section, string[] BuildsOn, string Body, int Words);
