using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// A hash of what a page's template sees (its layout, its view and paginator as JSON, and its body by identity), for
/// <see cref="PageRenderCache"/> to tell whether a page changed. After an edit that links the site anew, every page's
/// key is made again: the JSON goes into a buffer each thread keeps and is hashed as it is, with no string per page.
/// </summary>
internal static class PageKey
{
    [ThreadStatic] private static Writer? t_writer;

    /// <param name="contentId">Names the page's rendered body (kept out of <paramref name="view"/>), or "" for none.</param>
    /// <param name="withCounts">False: tags' counts are left out, for a page whose templates read none.</param>
    public static UInt128 Of(string layout, string contentId, PageView view, PaginatorView? paginator, bool withCounts = true) =>
        (t_writer ??= new Writer()).Key(layout, contentId, view, paginator, withCounts ? ViewJson.Options : ViewJson.WithoutCounts);

    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private readonly Utf8JsonWriter _json;
        private readonly XxHash128 _hash = new();

        public Writer() => _json = new Utf8JsonWriter(_buffer);

        public UInt128 Key(string layout, string contentId, PageView view, PaginatorView? paginator, JsonSerializerOptions options)
        {
            _hash.Reset();
            Append(layout + "\n" + contentId + "\n");
            Append(view, view.GetType(), options);
            Append("\n"u8);
            Append(paginator, typeof(PaginatorView), options);
            return _hash.GetCurrentHashAsUInt128();
        }

        private void Append(object? value, Type type, JsonSerializerOptions options)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            JsonSerializer.Serialize(_json, value, type, options);
            _json.Flush();
            _hash.Append(_buffer.WrittenSpan);
        }

        private void Append(string text)
        {
            _buffer.ResetWrittenCount();
            var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
            _buffer.Advance(Encoding.UTF8.GetBytes(text, span));
            _hash.Append(_buffer.WrittenSpan);
        }

        private void Append(ReadOnlySpan<byte> bytes) => _hash.Append(bytes);
    }
}
