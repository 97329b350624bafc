namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// One post as every feed format carries it: built once per post, then written as RSS, Atom and JSON Feed.
/// <see cref="Summary"/> is plain text; <see cref="ContentHtml"/> is the rendered post with absolute URLs.
/// </summary>
internal sealed record FeedItem(
    string Id,
    string Title,
    string Url,
    DateTimeOffset Published,
    DateTimeOffset? Updated,
    string Summary,
    string ContentHtml,
    IReadOnlyList<string> Tags)
{
    /// <summary>The post's authors from site.yml's <c>authors:</c>; empty when the feed's author stands for every entry.</summary>
    public IReadOnlyList<FeedAuthor> Authors { get; init; } = [];

    /// <summary>The last time the post changed: its <c>updated:</c> date when that is later than its publication.</summary>
    public DateTimeOffset LastChanged => Updated is { } updated && updated > Published ? updated : Published;
}
