using System.Globalization;
using System.Xml;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>RSS 2.0 with the content (full post in content:encoded), dc (author) and atom (self link) namespaces.</summary>
public static class RssFeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static string Write(FeedChannel channel, string selfUrl, bool fullContent)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "content", null, ContentNs);
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteAttributeString("xmlns", "dc", null, DcNs);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", XmlText.Clean(channel.Title));
            xml.WriteElementString("link", channel.HomeUrl);
            xml.WriteElementString("description", XmlText.Clean(channel.Description.Length > 0 ? channel.Description : channel.Title));
            xml.WriteElementString("language", channel.Language);
            xml.WriteElementString("generator", channel.Generator);
            xml.WriteElementString("lastBuildDate", Rfc822(channel.LastUpdated));
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", selfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            foreach (var item in channel.Items)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", XmlText.Clean(item.Title));
                xml.WriteElementString("link", item.Url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "false");
                xml.WriteString(item.Id);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(item.Published));
                if (channel.AuthorName.Length > 0) xml.WriteElementString("dc", "creator", DcNs, XmlText.Clean(channel.AuthorName));
                foreach (var tag in item.Tags) xml.WriteElementString("category", XmlText.Clean(tag));
                xml.WriteElementString("description", XmlText.Clean(item.Summary));
                if (fullContent) xml.WriteElementString("content", "encoded", ContentNs, XmlText.Clean(item.ContentHtml));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return text + "\n";
    }

    /// <summary>RFC 822 date as RSS wants it, in GMT: "Mon, 12 Jan 2026 09:00:00 GMT".</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
