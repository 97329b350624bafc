namespace SalesForDevs.Outputs.Feeds;

/// <summary>One feed: the site's, a tag's or a series': where it lives and which items it carries (newest first).</summary>
internal sealed record FeedChannel(
    string Folder,
    string Title,
    string Description,
    string HomeUrl,
    string Language,
    string AuthorName,
    string AuthorEmail,
    string Generator,
    IReadOnlyList<FeedItem> Items)
{
    /// <summary>
    /// The latest date an item carries (published or updated), never the build time, so the same posts always give the
    /// same bytes. The Unix epoch for an empty feed.
    /// </summary>
    public DateTimeOffset LastUpdated => Items.Count == 0 ? DateTimeOffset.UnixEpoch : Items.Max(i => i.LastChanged);
}
