using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// UTF-8 bytes of a feed or of one entry's piece, in <see cref="ChunkedBytes"/>: a feed of twenty full posts is a few
/// hundred kilobytes, which as one fresh array would land on the large object heap, once per feed; in pooled chunks it
/// grows without copying and reuses the memory of feeds already written.
/// </summary>
internal sealed class FeedBuffer : IDisposable
{
    private static readonly byte[] Indent = "\n                                                                ".Select(c => (byte)c).ToArray();

    private ChunkedBytes _bytes = new();

    public int Length => (int)_bytes.Length;

    public void Append(ReadOnlySpan<byte> bytes) => _bytes.Append(bytes);

    public void Append(byte b)
    {
        _bytes.Room()[0] = b;
        _bytes.Advance(1);
    }

    /// <summary>Text encoded as UTF-8; the caller has removed lone surrogates (<see cref="XmlText.Clean"/>).</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Span<byte> character = stackalloc byte[4];
        while (!text.IsEmpty)
        {
            var status = Utf8.FromUtf16(text, _bytes.Room(), out var read, out var written);
            _bytes.Advance(written);
            text = text[read..];
            if (status != OperationStatus.DestinationTooSmall || read > 0) continue;
            // The next character does not fit in what is left of the chunk: its bytes go across the boundary.
            var length = char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1;
            Utf8.FromUtf16(text[..length], character, out _, out var bytes);
            _bytes.Append(character[..bytes]);
            text = text[length..];
        }
    }

    /// <summary>
    /// Text as UTF-8 escaped by <paramref name="encoder"/>, exactly as JsonEncodedText would hold it; the caller has
    /// removed lone surrogates.
    /// </summary>
    public void AppendEscaped(ReadOnlySpan<char> text, JavaScriptEncoder encoder)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            ReadOnlySpan<byte> source = utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8));
            Span<byte> escape = stackalloc byte[16];
            while (!source.IsEmpty)
            {
                var status = encoder.EncodeUtf8(source, _bytes.Room(), out var consumed, out var written);
                _bytes.Advance(written);
                source = source[consumed..];
                if (status == OperationStatus.Done) break;
                if (status != OperationStatus.DestinationTooSmall) throw new InvalidOperationException($"the JSON encoder stopped with {status}");
                if (consumed > 0) continue;
                // The next escape does not fit in what is left of the chunk: it goes across the boundary.
                encoder.EncodeUtf8(source, escape, out consumed, out written);
                _bytes.Append(escape[..written]);
                source = source[consumed..];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>A new line and <paramref name="depth"/> two-space indents, as the feeds' XML and JSON are laid out.</summary>
    public void NewLine(int depth)
    {
        if (1 + 2 * depth <= Indent.Length) _bytes.Append(Indent.AsSpan(0, 1 + 2 * depth));
        else
        {
            Append((byte)'\n');
            for (var i = 0; i < depth; i++) _bytes.Append("  "u8);
        }
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>Empties the buffer to write something else into it.</summary>
    public void Clear() => _bytes.Clear();

    /// <summary>Hands the bytes over (for <see cref="IOutputSink.Write(string, ChunkedBytes)"/>, which returns their chunks once written) and leaves this buffer empty.</summary>
    public ChunkedBytes Detach()
    {
        var taken = _bytes;
        _bytes = new ChunkedBytes();
        return taken;
    }

    public void Dispose() => _bytes.Dispose();
}
