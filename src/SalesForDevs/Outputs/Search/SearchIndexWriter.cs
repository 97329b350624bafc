using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SalesForDevs.Linking;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs.Search;

/// <summary>
/// Writes <c>search-index.json</c>: for every post and page, its link, title, date, a trimmed summary, tags, series,
/// headings, and the distinct stemmed terms of its body. Terms instead of text keep the index a small fraction of the
/// HTML; the script in the default theme searches it in the browser.
/// </summary>
internal static class SearchIndexWriter
{
    public const string FileName = SearchPage.IndexFile;

    /// <summary>Bumped when the shape of the file changes, so a theme's script can tell.</summary>
    public const int Version = 1;

    private const int SummaryLength = 160;

    /// <summary>A long post's tail adds few new words; past this many distinct terms the rest is left out.</summary>
    private const int MaxBodyTerms = 2000;

    public static OutputFile Write(SiteGraph graph, ViewFactory views)
    {
        var stem = graph.Config.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var docs = Docs(graph.Posts.Concat(graph.Pages).ToList(), views, stem);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteBoolean("stem", stem);
            json.WriteStartArray("stop");
            foreach (var word in SearchTokenizer.StopWords) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartArray("fields");
            foreach (var field in new[] { "url", "title", "date", "summary", "tags", "series", "headings", "terms" }) json.WriteStringValue(field);
            json.WriteEndArray();
            json.WriteStartArray("docs");
            foreach (var doc in docs) json.WriteRawValue(doc, skipInputValidation: true);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return OutputFile.Generated(FileName, System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Each document's JSON, in order. Parsing every page's HTML is most of the index's cost, and the documents do not
    /// depend on each other, so they are made in parallel, each with its own parser and writer.
    /// </summary>
    private static byte[][] Docs(List<PostNode> nodes, ViewFactory views, bool stem)
    {
        var docs = new byte[nodes.Count][];
        Parallel.For(0, nodes.Count, () => (Parser: new HtmlParser(), Buffer: new MemoryStream()), (i, _, local) =>
        {
            local.Buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(local.Buffer, JsonOptions)) WriteDoc(json, nodes[i], views, local.Parser, stem);
            docs[i] = local.Buffer.ToArray();
            return local;
        }, local => local.Buffer.Dispose());
        return docs;
    }

    private static void WriteDoc(Utf8JsonWriter json, PostNode node, ViewFactory views, HtmlParser parser, bool stem)
    {
        var html = views.Rendered(node)?.Html ?? "";
        var body = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        // Code blocks are long and rarely what a reader searches for; headings are kept apart, they weigh more.
        // The theme's heading anchors ("#") are decoration, not words of the heading.
        foreach (var pre in body.QuerySelectorAll("pre, script, style, a.heading-anchor").ToList()) pre.Remove();
        var headings = body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => Collapse(h.TextContent)).Where(h => h.Length > 0).ToList();

        json.WriteStartArray();
        json.WriteStringValue(views.Urls.Relative(node.Url));
        json.WriteStringValue(node.Title);
        json.WriteStringValue(node.IsPost && node.Date is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "");
        json.WriteStringValue(Trim(Collapse(views.Summary(node)), SummaryLength));
        json.WriteStartArray();
        foreach (var tag in node.Tags) json.WriteStringValue(tag.Name);
        json.WriteEndArray();
        json.WriteStringValue(node.Series?.Series.Title ?? "");
        json.WriteStartArray();
        foreach (var heading in headings) json.WriteStringValue(heading);
        json.WriteEndArray();
        json.WriteStringValue(string.Join(' ', BodyTerms(body, stem)));
        json.WriteEndArray();
    }

    private static IEnumerable<string> BodyTerms(IElement body, bool stem) =>
        SearchTokenizer.Terms(body.TextContent, stem).Distinct(StringComparer.Ordinal).Take(MaxBodyTerms);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Cuts at a word boundary and marks the cut, so a result never ends mid-word.</summary>
    public static string Trim(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
