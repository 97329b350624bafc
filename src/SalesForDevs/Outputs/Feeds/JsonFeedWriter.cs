using System.Text.Encodings.Web;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the full post in content_html (or the summary in content_text
/// when full content is off), RFC 3339 dates, and the site's author as the feed's, which covers every item. Laid out
/// as Utf8JsonWriter indents (two spaces, "\n"), with strings escaped by its encoder.
/// </summary>
internal static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    // Readable non-ASCII text; JSON stays valid because quotes, backslashes and control characters are still escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writes the feed as UTF-8, without the final newline: <paramref name="entries"/> are its items, encoded by <see cref="Entry"/>.</summary>
    public static void Write(FeedBuffer output, FeedChannel channel, string selfUrl, IEnumerable<EncodedEntry> entries)
    {
        output.Append((byte)'{');
        Property(output, 1, "version"u8, Version, first: true);
        Property(output, 1, "title"u8, channel.Title);
        Property(output, 1, "home_page_url"u8, channel.HomeUrl);
        Property(output, 1, "feed_url"u8, selfUrl);
        if (channel.Description.Length > 0) Property(output, 1, "description"u8, channel.Description);
        if (channel.Language.Length > 0) Property(output, 1, "language"u8, channel.Language);
        if (channel.AuthorName.Length > 0)
        {
            Name(output, 1, "authors"u8, first: false);
            output.Append((byte)'[');
            output.NewLine(2);
            output.Append((byte)'{');
            Property(output, 3, "name"u8, channel.AuthorName, first: true);
            output.NewLine(2);
            output.Append((byte)'}');
            output.NewLine(1);
            output.Append((byte)']');
        }
        Name(output, 1, "items"u8, first: false);
        output.Append((byte)'[');
        var category = channel.Category is { } tag ? EncodedEntry.Piece(o => Tags(o, [tag])) : null;
        var any = false;
        foreach (var entry in entries)
        {
            if (any) output.Append((byte)',');
            entry.CopyTo(output, category);
            any = true;
        }
        if (any) output.NewLine(1);
        output.Append((byte)']');
        output.NewLine(0);
        output.Append((byte)'}');
    }

    /// <summary>A post's item, the same in every JSON feed that carries it but for its tags; the feed puts commas between items.</summary>
    public static EncodedEntry Entry(FeedItem item, bool fullContent, bool keep = true) => EncodedEntry.Make(keep,
        output =>
        {
            output.NewLine(2);
            output.Append((byte)'{');
            Property(output, 3, "id"u8, item.Id, first: true);
            Property(output, 3, "url"u8, item.Url);
            Property(output, 3, "title"u8, item.Title);
            // An item needs content_html or content_text; without full content the summary is the content.
            if (fullContent) Property(output, 3, "content_html"u8, item.ContentHtml);
            else Property(output, 3, "content_text"u8, item.Summary);
            if (item.Summary.Length > 0) Property(output, 3, "summary"u8, item.Summary);
            Property(output, 3, "date_published"u8, AtomFeedWriter.Rfc3339(item.Published));
            if (item.Updated is { } updated) Property(output, 3, "date_modified"u8, AtomFeedWriter.Rfc3339(updated));
            if (item.Authors.Count > 0)
            {
                Name(output, 3, "authors"u8, first: false);
                output.Append((byte)'[');
                for (var i = 0; i < item.Authors.Count; i++)
                {
                    var author = item.Authors[i];
                    if (i > 0) output.Append((byte)',');
                    output.NewLine(4);
                    output.Append((byte)'{');
                    Property(output, 5, "name"u8, author.Name, first: true);
                    Property(output, 5, "url"u8, author.Url);
                    if (author.Avatar.Length > 0) Property(output, 5, "avatar"u8, author.Avatar);
                    output.NewLine(4);
                    output.Append((byte)'}');
                }
                output.NewLine(3);
                output.Append((byte)']');
            }
        },
        output => Tags(output, item.Tags),
        output =>
        {
            output.NewLine(2);
            output.Append((byte)'}');
        });

    private static void Tags(FeedBuffer output, IReadOnlyList<string> tags)
    {
        if (tags.Count == 0) return;
        Name(output, 3, "tags"u8, first: false);
        output.Append((byte)'[');
        for (var i = 0; i < tags.Count; i++)
        {
            if (i > 0) output.Append((byte)',');
            output.NewLine(4);
            String(output, tags[i]);
        }
        output.NewLine(3);
        output.Append((byte)']');
    }

    private static void Property(FeedBuffer output, int depth, ReadOnlySpan<byte> name, string value, bool first = false)
    {
        Name(output, depth, name, first);
        String(output, value);
    }

    private static void Name(FeedBuffer output, int depth, ReadOnlySpan<byte> name, bool first)
    {
        if (!first) output.Append((byte)',');
        output.NewLine(depth);
        output.Append((byte)'"');
        output.Append(name);
        output.Append("\": "u8);
    }

    /// <summary>
    /// Every string is cleaned as the XML feeds clean theirs, so all three formats carry the same text, and escaped by
    /// the encoder Utf8JsonWriter would use, straight into the feed rather than into an array of its own first.
    /// </summary>
    private static void String(FeedBuffer output, string value)
    {
        output.Append((byte)'"');
        output.AppendEscaped(XmlText.Clean(value), Encoder);
        output.Append((byte)'"');
    }
}
