namespace SalesForDevs.Scaffolding;

/// <summary>An earlier post named in builds_on: its slug, title and file name (markdown links use the file name).</summary>
internal sealed record BuildsOnTarget(string Slug, string Title, string FileName);
