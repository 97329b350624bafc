namespace SalesForDevs.Outputs.Feeds;

/// <summary>One post as every feed format carries it: built once per post, then written as RSS, Atom and JSON Feed.</summary>
public sealed record FeedItem(
    string Id,
    string Title,
    string Url,
    DateTimeOffset Published,
    DateTimeOffset? Updated,
    string Summary,
    string ContentHtml,
    IReadOnlyList<string> Tags);
