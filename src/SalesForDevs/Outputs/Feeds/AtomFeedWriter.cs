using System.Globalization;
using System.Xml;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>Atom 1.0 (RFC 4287): summary as text, full post as HTML content, RFC 3339 dates.</summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(FeedChannel channel, string selfUrl, string feedId, bool fullContent)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, channel.Language);
            xml.WriteElementString("title", Ns, XmlText.Clean(channel.Title));
            if (channel.Description.Length > 0) xml.WriteElementString("subtitle", Ns, XmlText.Clean(channel.Description));
            Link(xml, channel.HomeUrl, "alternate", "text/html");
            Link(xml, selfUrl, "self", "application/atom+xml");
            xml.WriteElementString("id", Ns, feedId);
            xml.WriteElementString("updated", Ns, Rfc3339(channel.LastUpdated));
            Author(xml, channel);
            xml.WriteStartElement("generator", Ns);
            xml.WriteString(channel.Generator);
            xml.WriteEndElement();

            foreach (var item in channel.Items)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("title", Ns, XmlText.Clean(item.Title));
                Link(xml, item.Url, "alternate", "text/html");
                xml.WriteElementString("id", Ns, item.Id);
                xml.WriteElementString("published", Ns, Rfc3339(item.Published));
                xml.WriteElementString("updated", Ns, Rfc3339(item.Updated ?? item.Published));
                foreach (var tag in item.Tags)
                {
                    xml.WriteStartElement("category", Ns);
                    xml.WriteAttributeString("term", XmlText.Clean(tag));
                    xml.WriteEndElement();
                }
                xml.WriteStartElement("summary", Ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(XmlText.Clean(item.Summary));
                xml.WriteEndElement();
                if (fullContent)
                {
                    xml.WriteStartElement("content", Ns);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteString(XmlText.Clean(item.ContentHtml));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text + "\n";
    }

    /// <summary>RFC 3339 with the post's own offset: 2026-01-12T09:00:00+00:00.</summary>
    public static string Rfc3339(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Atom requires an author on the feed or on every entry; the feed's author covers all entries.</summary>
    private static void Author(XmlWriter xml, FeedChannel channel)
    {
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, XmlText.Clean(channel.AuthorName.Length > 0 ? channel.AuthorName : channel.Title));
        if (channel.AuthorEmail.Length > 0) xml.WriteElementString("email", Ns, channel.AuthorEmail);
        xml.WriteEndElement();
    }
}
