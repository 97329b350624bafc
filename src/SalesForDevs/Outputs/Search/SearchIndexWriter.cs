using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SalesForDevs.Languages;
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

    /// <param name="cache">Keeps each page's document and the whole file while their inputs do not change (sfd serve).</param>
    public static OutputFile Write(SiteGraph graph, ViewFactory views, IOutputCache cache)
    {
        var words = graph.Config.Strings.Search;
        var docs = cache.ReuseEach(FileName + "#docs", graph.Posts.Concat(graph.Pages).ToList(), node => Inputs(node, views, words), WriteDoc);
        // The documents with the file's head and tail, as parts: sfd serve sends them without copying them into one array.
        return cache.Reuse(FileName, new SameItems<byte[]>(docs, byReference: true), () => OutputFile.Joined(FileName, new JoinedBytes(Head(words), docs, (byte)',', "]}\n"u8.ToArray())));
    }

    /// <summary>
    /// The file up to its first document: the same bytes <see cref="Utf8JsonWriter"/> gives for the object with its
    /// documents as raw values.
    /// </summary>
    private static byte[] Head(SearchWords words)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            // true for English, as the first version of the file had it; the stemmer's language for others.
            if (words.Stemmer is "" or "en") json.WriteBoolean("stem", words.Stemmer == "en");
            else json.WriteString("stem", words.Stemmer);
            json.WriteStartArray("stop");
            foreach (var word in words.StopWords) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartArray("fields");
            foreach (var field in new[] { "url", "title", "date", "summary", "tags", "series", "headings", "terms" }) json.WriteStringValue(field);
            json.WriteEndArray();
            json.WriteStartArray("docs");
        }
        return stream.ToArray();
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Each thread writes its documents through its own writer and buffer (documents are made in parallel); both keep
    // their size, so a document costs only its own bytes, not a fresh writer grown to fit it.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    // The body decoded for the scanner, in a buffer of this thread's that keeps its size while pages are of a similar size.
    [ThreadStatic] private static char[]? t_chars;

    private static ReadOnlySpan<char> Decoded(Rendering.Markdown.Utf8Html html)
    {
        var chars = t_chars;
        if (chars is null || chars.Length < html.CharLength || chars.Length > Math.Max(1 << 16, 2 * html.CharLength))
            t_chars = chars = new char[Math.Max(html.CharLength, 1024)];
        return chars.AsSpan(0, html.CopyTo(chars));
    }

    /// <summary>One document's JSON.</summary>
    private static byte[] WriteDoc(SearchDocumentInputs inputs)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer, JsonOptions);
        json.Reset(buffer);
        WriteDoc(json, inputs);
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static SearchDocumentInputs Inputs(PostNode node, ViewFactory views, SearchWords words) => new(
        views.Urls.Relative(node.Url),
        node.Title,
        node.IsPost && node.Date is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "",
        views.Summary(node),
        node.Tags.Select(t => t.Name).ToList(),
        node.Series?.Series.Title ?? "",
        views.Rendered(node)?.Html ?? Rendering.Markdown.Utf8Html.Empty,
        words);

    private static void WriteDoc(Utf8JsonWriter json, SearchDocumentInputs doc)
    {
        // The scanner's text and headings are spans over its own buffers: read to the end of this document before the next scan.
        IReadOnlyList<string>? parsedHeadings = null;
        ReadOnlySpan<char> text;
        if (!PageTextScanner.TryScan(Decoded(doc.Html), out var headings, out text))
        {
            var page = DomPageText.Read(doc.Html.ToString());
            parsedHeadings = page.Headings;
            text = page.Text;
        }
        json.WriteStartArray();
        json.WriteStringValue(doc.Url);
        json.WriteStringValue(doc.Title);
        json.WriteStringValue(doc.Date);
        WriteTrimmed(json, PageText.Collapse(doc.Summary), SummaryLength);
        json.WriteStartArray();
        foreach (var tag in doc.Tags) json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteStringValue(doc.Series);
        json.WriteStartArray();
        if (parsedHeadings is not null)
            foreach (var heading in parsedHeadings) json.WriteStringValue(heading);
        else
            for (var i = 0; i < headings.Count; i++) json.WriteStringValue(headings[i]);
        json.WriteEndArray();
        json.WriteStringValue(SearchTerms.Joined(text, doc.Words));
        json.WriteEndArray();
    }

    /// <summary>Cuts at a word boundary and marks the cut, so a result never ends mid-word.</summary>
    public static string Trim(string text, int length) => text.Length <= length ? text : string.Concat(Cut(text, length), "…");

    /// <summary>Writes <see cref="Trim"/>'s text without making it a string first.</summary>
    private static void WriteTrimmed(Utf8JsonWriter json, string text, int length)
    {
        if (text.Length <= length)
        {
            json.WriteStringValue(text);
            return;
        }
        var cut = Cut(text, length);
        Span<char> trimmed = stackalloc char[cut.Length + 1];
        cut.CopyTo(trimmed);
        trimmed[^1] = '…';
        json.WriteStringValue(trimmed);
    }

    private static ReadOnlySpan<char> Cut(string text, int length)
    {
        var cut = text.LastIndexOf(' ', length);
        return text.AsSpan(0, cut > length / 2 ? cut : length).TrimEnd(",;:. ");
    }
}
