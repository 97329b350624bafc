namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// One post's entry in the three feed formats. Where feeds are kept between builds (sfd serve), each is encoded the
/// first time a feed needs it and then copied into every feed that carries the post (the root's, its tags', its
/// series', its authors'): the post's HTML is escaped once per format, and lazily, so entries whose feeds are not
/// rewritten are not encoded. A first build writes each entry straight into every feed that carries it (see
/// <see cref="EncodedEntry"/>).
/// </summary>
internal sealed class FeedEntry
{
    private readonly Lazy<EncodedEntry> _rss;
    private readonly Lazy<EncodedEntry> _atom;
    private readonly Lazy<EncodedEntry> _json;

    /// <param name="siteAuthor">The site's author, whom RSS names as the creator of a post that names no author.</param>
    /// <param name="keep">Encode each format once and keep its bytes, rather than write it into each feed.</param>
    public FeedEntry(FeedItem item, string siteAuthor, bool fullContent, bool keep)
    {
        Item = item;
        _rss = new(() => RssFeedWriter.Entry(item, siteAuthor, fullContent, keep));
        _atom = new(() => AtomFeedWriter.Entry(item, fullContent, keep));
        _json = new(() => JsonFeedWriter.Entry(item, fullContent, keep));
    }

    public FeedItem Item { get; }

    public EncodedEntry Rss => _rss.Value;

    public EncodedEntry Atom => _atom.Value;

    public EncodedEntry Json => _json.Value;
}
