using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287): the summary as text, the full post as HTML content, RFC 3339 dates. The feed's author stands
/// for every entry that names none of its own, as RFC 4287 allows.
/// </summary>
internal static partial class AtomFeedWriter
{
    /// <summary>Writes the feed as UTF-8, without the final newline: <paramref name="entries"/> are its entries, encoded by <see cref="Entry"/>.</summary>
    public static void Write(FeedBuffer output, FeedChannel channel, string selfUrl, string feedId, IEnumerable<EncodedEntry> entries)
    {
        output.Append(XmlText.Declaration);
        output.NewLine(0);
        output.Append("<feed"u8);
        // RFC 4287 takes a language tag here: an empty or malformed one would make the feed invalid.
        if (LanguageTag().IsMatch(channel.Language)) XmlText.Attribute(output, "xml:lang"u8, channel.Language);
        output.Append(" xmlns=\"http://www.w3.org/2005/Atom\">"u8);
        XmlText.Element(output, 1, "title"u8, channel.Title);
        if (channel.Description.Length > 0) XmlText.Element(output, 1, "subtitle"u8, channel.Description);
        Link(output, 1, channel.HomeUrl, "alternate"u8, "text/html"u8);
        Link(output, 1, selfUrl, "self"u8, "application/atom+xml"u8);
        XmlText.Element(output, 1, "id"u8, feedId);
        XmlText.Element(output, 1, "updated"u8, Rfc3339(channel.LastUpdated));
        Author(output, channel);
        XmlText.Element(output, 1, "generator"u8, channel.Generator);

        var category = channel.Category is { } tag ? EncodedEntry.Piece(o => Categories(o, [tag])) : null;
        foreach (var entry in entries) entry.CopyTo(output, category);

        XmlText.End(output, 0, "feed"u8);
    }

    /// <summary>A post's &lt;entry&gt;, the same in every Atom feed that carries it but for its categories.</summary>
    public static EncodedEntry Entry(FeedItem item, bool fullContent, bool keep = true) => EncodedEntry.Make(keep,
        output =>
        {
            output.NewLine(1);
            output.Append("<entry>"u8);
            XmlText.Element(output, 2, "title"u8, item.Title);
            Link(output, 2, item.Url, "alternate"u8, "text/html"u8);
            XmlText.Element(output, 2, "id"u8, item.Id);
            XmlText.Element(output, 2, "published"u8, Rfc3339(item.Published));
            // updated is required in Atom: without an updated: date it is the publication date.
            XmlText.Element(output, 2, "updated"u8, Rfc3339(item.Updated ?? item.Published));
            // An entry's own authors replace the feed's for that entry (RFC 4287 4.2.1).
            foreach (var author in item.Authors)
            {
                output.NewLine(2);
                output.Append("<author>"u8);
                XmlText.Element(output, 3, "name"u8, author.Name);
                XmlText.Element(output, 3, "uri"u8, author.Url);
                XmlText.End(output, 2, "author"u8);
            }
        },
        output => Categories(output, item.Tags),
        output =>
        {
            if (item.Summary.Length > 0) XmlText.Content(output, 2, "summary"u8, "<summary type=\"text\">"u8, item.Summary);
            if (fullContent) XmlText.Content(output, 2, "content"u8, "<content type=\"html\">"u8, item.ContentHtml);
            XmlText.End(output, 1, "entry"u8);
        });

    private static void Categories(FeedBuffer output, IReadOnlyList<string> tags)
    {
        foreach (var tag in tags)
        {
            output.NewLine(2);
            output.Append("<category"u8);
            XmlText.Attribute(output, "term"u8, tag);
            output.Append(" />"u8);
        }
    }

    /// <summary>RFC 3339 with the post's own offset: 2026-01-12T09:00:00+00:00.</summary>
    public static string Rfc3339(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Link(FeedBuffer output, int depth, string href, ReadOnlySpan<byte> rel, ReadOnlySpan<byte> type)
    {
        output.NewLine(depth);
        output.Append("<link rel=\""u8);
        output.Append(rel);
        output.Append("\" type=\""u8);
        output.Append(type);
        output.Append((byte)'"');
        XmlText.Attribute(output, "href"u8, href);
        output.Append(" />"u8);
    }

    /// <summary>Atom requires an author on the feed or on every entry; the site's author (else its title) is the feed's.</summary>
    private static void Author(FeedBuffer output, FeedChannel channel)
    {
        output.NewLine(1);
        output.Append("<author>"u8);
        XmlText.Element(output, 2, "name"u8, channel.AuthorName.Length > 0 ? channel.AuthorName : channel.Title);
        if (EmailAddress().IsMatch(channel.AuthorEmail)) XmlText.Element(output, 2, "email"u8, channel.AuthorEmail);
        XmlText.End(output, 1, "author"u8);
    }

    [GeneratedRegex("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailAddress();
}
