using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287): the summary as text, the full post as HTML content, RFC 3339 dates. The feed's author stands
/// for every entry that names none of its own, as RFC 4287 allows.
/// </summary>
internal static partial class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>Writes the feed as UTF-8 to <paramref name="output"/>, without the final newline.</summary>
    public static void Write(Stream output, FeedChannel channel, string selfUrl, string feedId, bool fullContent)
    {
        using (var xml = XmlWriter.Create(output, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            // RFC 4287 takes a language tag here: an empty or malformed one would make the feed invalid.
            if (LanguageTag().IsMatch(channel.Language)) xml.WriteAttributeString("xml", "lang", null, channel.Language);
            XmlText.Element(xml, "title", Ns, channel.Title);
            if (channel.Description.Length > 0) XmlText.Element(xml, "subtitle", Ns, channel.Description);
            Link(xml, channel.HomeUrl, "alternate", "text/html");
            Link(xml, selfUrl, "self", "application/atom+xml");
            XmlText.Element(xml, "id", Ns, feedId);
            XmlText.Element(xml, "updated", Ns, Rfc3339(channel.LastUpdated));
            Author(xml, channel);
            XmlText.Element(xml, "generator", Ns, channel.Generator);

            foreach (var item in channel.Items) WriteEntry(xml, item, fullContent);

            xml.WriteEndElement();
        }
    }

    private static void WriteEntry(XmlWriter xml, FeedItem item, bool fullContent)
    {
        xml.WriteStartElement("entry", Ns);
        XmlText.Element(xml, "title", Ns, item.Title);
        Link(xml, item.Url, "alternate", "text/html");
        XmlText.Element(xml, "id", Ns, item.Id);
        XmlText.Element(xml, "published", Ns, Rfc3339(item.Published));
        // updated is required in Atom: without an updated: date it is the publication date.
        XmlText.Element(xml, "updated", Ns, Rfc3339(item.Updated ?? item.Published));
        // An entry's own authors replace the feed's for that entry (RFC 4287 4.2.1).
        foreach (var author in item.Authors)
        {
            xml.WriteStartElement("author", Ns);
            XmlText.Element(xml, "name", Ns, author.Name);
            XmlText.Element(xml, "uri", Ns, author.Url);
            xml.WriteEndElement();
        }
        foreach (var tag in item.Tags)
        {
            xml.WriteStartElement("category", Ns);
            XmlText.Attribute(xml, "term", tag);
            xml.WriteEndElement();
        }
        if (item.Summary.Length > 0)
        {
            xml.WriteStartElement("summary", Ns);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(XmlText.Clean(item.Summary));
            xml.WriteEndElement();
        }
        if (fullContent)
        {
            xml.WriteStartElement("content", Ns);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(XmlText.Clean(item.ContentHtml));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339 with the post's own offset: 2026-01-12T09:00:00+00:00.</summary>
    public static string Rfc3339(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        XmlText.Attribute(xml, "href", href);
        xml.WriteEndElement();
    }

    /// <summary>Atom requires an author on the feed or on every entry; the site's author (else its title) is the feed's.</summary>
    private static void Author(XmlWriter xml, FeedChannel channel)
    {
        xml.WriteStartElement("author", Ns);
        XmlText.Element(xml, "name", Ns, channel.AuthorName.Length > 0 ? channel.AuthorName : channel.Title);
        if (EmailAddress().IsMatch(channel.AuthorEmail)) XmlText.Element(xml, "email", Ns, channel.AuthorEmail);
        xml.WriteEndElement();
    }

    [GeneratedRegex("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailAddress();
}
