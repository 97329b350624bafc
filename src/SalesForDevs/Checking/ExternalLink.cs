namespace SalesForDevs.Checking;

/// <summary>An external link on a page: as written (<see cref="Link"/>) and as requested (<see cref="Url"/>, absolute, without the fragment).</summary>
internal sealed record ExternalLink(string Page, string Link, string Url);
