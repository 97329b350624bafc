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
    /// A tag's feed: the one category each of its entries names, in place of all the post's tags. Repeating all of a
    /// post's tags in each of its tags' feeds grows with the square of its tags (1,000 tags made a million categories).
    /// </summary>
    public string? Category { get; init; }

    /// <summary>
    /// The latest date an item carries (published or updated), never the build time, so the same posts always give the
    /// same bytes. The Unix epoch for an empty feed.
    /// </summary>
    public DateTimeOffset LastUpdated
    {
        get
        {
            var latest = DateTimeOffset.UnixEpoch;
            for (var i = 0; i < Items.Count; i++)
                if (i == 0 || Items[i].LastChanged > latest) latest = Items[i].LastChanged;
            return latest;
        }
    }
}
