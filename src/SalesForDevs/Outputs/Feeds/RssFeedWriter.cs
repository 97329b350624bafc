using System.Globalization;
using System.Text;
using System.Xml;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// RSS 2.0 with the content module (full post in content:encoded), Dublin Core (dc:creator for the author) and Atom
/// (the feed's self link and each item's updated date, which RSS itself has no element for).
/// </summary>
internal static class RssFeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    /// <summary>Writes the feed as UTF-8 to <paramref name="output"/>, without the final newline.</summary>
    public static void Write(Stream output, FeedChannel channel, string selfUrl, bool fullContent)
    {
        using (var xml = XmlWriter.Create(output, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "content", null, ContentNs);
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteAttributeString("xmlns", "dc", null, DcNs);
            xml.WriteStartElement("channel");
            Plain(xml, "title", null, channel.Title);
            XmlText.Element(xml, "link", null, channel.HomeUrl);
            Plain(xml, "description", null, channel.Description.Length > 0 ? channel.Description : channel.Title);
            if (channel.Language.Length > 0) XmlText.Element(xml, "language", null, channel.Language);
            Plain(xml, "generator", null, channel.Generator);
            if (channel.Items.Count > 0) XmlText.Element(xml, "lastBuildDate", null, Rfc822(channel.LastUpdated));
            xml.WriteStartElement("atom", "link", AtomNs);
            XmlText.Attribute(xml, "href", selfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            foreach (var item in channel.Items) WriteItem(xml, channel, item, fullContent);

            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    private static void WriteItem(XmlWriter xml, FeedChannel channel, FeedItem item, bool fullContent)
    {
        xml.WriteStartElement("item");
        Plain(xml, "title", null, item.Title);
        XmlText.Element(xml, "link", null, item.Url);
        // The id is a tag: URI, not the link, so readers must not treat it as one.
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(XmlText.Clean(item.Id));
        xml.WriteEndElement();
        XmlText.Element(xml, "pubDate", null, Rfc822(item.Published));
        if (item.Updated is { } updated) XmlText.Element(xml, "updated", AtomNs, AtomFeedWriter.Rfc3339(updated));
        // One dc:creator per author; RSS's own <author> takes an email address, which sfd does not publish.
        if (item.Authors.Count > 0) foreach (var author in item.Authors) Plain(xml, "creator", DcNs, author.Name);
        else if (channel.AuthorName.Length > 0) Plain(xml, "creator", DcNs, channel.AuthorName);
        foreach (var tag in item.Tags) Plain(xml, "category", null, tag);
        // RSS readers render description as HTML, so the plain-text summary is escaped once more: a summary that
        // mentions <template> must show those characters, not start an element.
        if (item.Summary.Length > 0) XmlText.Element(xml, "description", null, HtmlEscape(item.Summary));
        if (fullContent) XmlText.Element(xml, "encoded", ContentNs, item.ContentHtml);
        xml.WriteEndElement();
    }

    /// <summary>
    /// A plain-text element. RSS leaves open whether readers decode such text as HTML, so, as the RSS Advisory Board's
    /// profile advises, &amp;, &lt; and &gt; go out as hexadecimal character references, which every reader shows as the
    /// characters themselves.
    /// </summary>
    private static void Plain(XmlWriter xml, string localName, string? ns, string text)
    {
        xml.WriteStartElement(localName, ns);
        var clean = XmlText.Clean(text);
        var start = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            if (clean[i] is not ('&' or '<' or '>')) continue;
            xml.WriteString(clean[start..i]);
            xml.WriteCharEntity(clean[i]);
            start = i + 1;
        }
        xml.WriteString(clean[start..]);
        xml.WriteEndElement();
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
