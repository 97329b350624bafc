namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// One post's entry in the three feed formats, each encoded the first time a feed needs it and then copied into every
/// feed that carries the post (the root's, its tags', its series', its authors'): the post's HTML is escaped once per
/// format, not once per feed. Encoding lazily keeps sfd serve from encoding entries whose feeds it does not rewrite.
/// </summary>
internal sealed class FeedEntry
{
    private readonly Lazy<EncodedEntry> _rss;
    private readonly Lazy<EncodedEntry> _atom;
    private readonly Lazy<EncodedEntry> _json;

    /// <param name="siteAuthor">The site's author, whom RSS names as the creator of a post that names no author.</param>
    public FeedEntry(FeedItem item, string siteAuthor, bool fullContent)
    {
        Item = item;
        _rss = new(() => RssFeedWriter.Entry(item, siteAuthor, fullContent));
        _atom = new(() => AtomFeedWriter.Entry(item, fullContent));
        _json = new(() => JsonFeedWriter.Entry(item, fullContent));
    }

    public FeedItem Item { get; }

    public EncodedEntry Rss => _rss.Value;

    public EncodedEntry Atom => _atom.Value;

    public EncodedEntry Json => _json.Value;
}
