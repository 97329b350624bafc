using System.Globalization;
using System.Text;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// RSS 2.0 with the content module (full post in content:encoded), Dublin Core (dc:creator for the author) and Atom
/// (the feed's self link and each item's updated date, which RSS itself has no element for).
/// </summary>
internal static class RssFeedWriter
{
    private static ReadOnlySpan<byte> Root =>
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"u8;

    /// <summary>Writes the feed as UTF-8, without the final newline: <paramref name="entries"/> are its items, encoded by <see cref="Entry"/>.</summary>
    public static void Write(FeedBuffer output, FeedChannel channel, string selfUrl, IEnumerable<EncodedEntry> entries)
    {
        output.Append(XmlText.Declaration);
        output.NewLine(0);
        output.Append(Root);
        output.NewLine(1);
        output.Append("<channel>"u8);
        Plain(output, 2, "title"u8, channel.Title);
        XmlText.Element(output, 2, "link"u8, channel.HomeUrl);
        Plain(output, 2, "description"u8, channel.Description.Length > 0 ? channel.Description : channel.Title);
        if (channel.Language.Length > 0) XmlText.Element(output, 2, "language"u8, channel.Language);
        Plain(output, 2, "generator"u8, channel.Generator);
        if (channel.Items.Count > 0) XmlText.Element(output, 2, "lastBuildDate"u8, Rfc822(channel.LastUpdated));
        output.NewLine(2);
        output.Append("<atom:link"u8);
        XmlText.Attribute(output, "href"u8, selfUrl);
        output.Append(" rel=\"self\" type=\"application/rss+xml\" />"u8);

        var category = channel.Category is { } tag ? EncodedEntry.Piece(o => Categories(o, [tag])) : null;
        foreach (var entry in entries) entry.CopyTo(output, category);

        XmlText.End(output, 1, "channel"u8);
        XmlText.End(output, 0, "rss"u8);
    }

    /// <summary>A post's &lt;item&gt;, the same in every RSS feed that carries it but for its categories.</summary>
    /// <param name="siteAuthor">The creator of a post that names no author of its own.</param>
    public static EncodedEntry Entry(FeedItem item, string siteAuthor, bool fullContent, bool keep = true) => EncodedEntry.Make(keep,
        output =>
        {
            output.NewLine(2);
            output.Append("<item>"u8);
            Plain(output, 3, "title"u8, item.Title);
            XmlText.Element(output, 3, "link"u8, item.Url);
            // The id is a tag: URI, not the link, so readers must not treat it as one.
            XmlText.Content(output, 3, "guid"u8, "<guid isPermaLink=\"false\">"u8, item.Id);
            XmlText.Element(output, 3, "pubDate"u8, Rfc822(item.Published));
            if (item.Updated is { } updated) XmlText.Element(output, 3, "atom:updated"u8, AtomFeedWriter.Rfc3339(updated));
            // One dc:creator per author; RSS's own <author> takes an email address, which sfd does not publish.
            if (item.Authors.Count > 0) foreach (var author in item.Authors) Plain(output, 3, "dc:creator"u8, author.Name);
            else if (siteAuthor.Length > 0) Plain(output, 3, "dc:creator"u8, siteAuthor);
        },
        output => Categories(output, item.Tags),
        output =>
        {
            // RSS readers render description as HTML, so the plain-text summary is escaped once more: a summary that
            // mentions <template> must show those characters, not start an element.
            if (item.Summary.Length > 0) XmlText.Element(output, 3, "description"u8, HtmlEscape(item.Summary));
            if (fullContent) XmlText.Element(output, 3, "content:encoded"u8, item.ContentHtml);
            XmlText.End(output, 2, "item"u8);
        });

    private static void Categories(FeedBuffer output, IReadOnlyList<string> tags)
    {
        foreach (var tag in tags) Plain(output, 3, "category"u8, tag);
    }

    /// <summary>
    /// A plain-text element. RSS leaves open whether readers decode such text as HTML, so, as the RSS Advisory Board's
    /// profile advises, &amp;, &lt; and &gt; go out as hexadecimal character references, which every reader shows as the
    /// characters themselves.
    /// </summary>
    private static void Plain(FeedBuffer output, int depth, ReadOnlySpan<byte> name, string text)
    {
        output.NewLine(depth);
        output.Append((byte)'<');
        output.Append(name);
        output.Append((byte)'>');
        ReadOnlySpan<char> clean = XmlText.Clean(text);
        while (true)
        {
            var special = clean.IndexOfAny('&', '<', '>');
            if (special < 0) break;
            XmlText.Escaped(output, clean[..special]);
            output.Append(clean[special] switch { '&' => "&#x26;"u8, '<' => "&#x3C;"u8, _ => "&#x3E;"u8 });
            clean = clean[(special + 1)..];
        }
        XmlText.Escaped(output, clean);
        XmlText.End(output, name);
    }

    /// <summary>RFC 822 date as RSS wants it, in GMT with a four-digit year: "Mon, 12 Jan 2026 09:00:00 GMT".</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    /// <summary>Plain text as HTML text: only the characters HTML gives a meaning to are replaced, so non-ASCII text stays readable.</summary>
    public static string HtmlEscape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
