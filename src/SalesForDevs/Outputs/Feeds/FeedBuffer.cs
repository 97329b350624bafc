using System.Buffers;
using System.Text;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// UTF-8 bytes of a feed or of one entry's piece, in an array rented from <see cref="ArrayPool{T}.Shared"/>: a feed of
/// twenty full posts is a few hundred kilobytes, which as fresh arrays would land on the large object heap, zeroed,
/// once per feed.
/// </summary>
internal sealed class FeedBuffer(int capacity = 4096) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        Length += bytes.Length;
    }

    public void Append(byte b)
    {
        Room(1)[0] = b;
        Length++;
    }

    /// <summary>Text encoded as UTF-8; the caller has removed lone surrogates (<see cref="XmlText.Clean"/>).</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        Length += Utf8.GetBytes(text, Room(Utf8.GetMaxByteCount(text.Length)));
    }

    /// <summary>A new line and <paramref name="depth"/> two-space indents, as the feeds' XML and JSON are laid out.</summary>
    public void NewLine(int depth)
    {
        var room = Room(1 + 2 * depth);
        room[0] = (byte)'\n';
        room[1..(1 + 2 * depth)].Fill((byte)' ');
        Length += 1 + 2 * depth;
    }

    public byte[] ToArray() => Written.ToArray();

    /// <summary>Empties the buffer to write something else into it.</summary>
    public void Clear() => Length = 0;

    /// <summary>
    /// Hands the pooled array over (for <see cref="IOutputSink.Write(string, byte[], int)"/>, which returns it to the pool
    /// once written) and leaves this buffer empty.
    /// </summary>
    public (byte[] Buffer, int Length) Detach()
    {
        var taken = (_buffer, Length);
        (_buffer, Length) = ([], 0);
        return taken;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        (_buffer, Length) = ([], 0);
    }

    private Span<byte> Room(int bytes)
    {
        if (_buffer.Length - Length < bytes)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + bytes));
            Written.CopyTo(larger);
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        return _buffer.AsSpan(Length);
    }
}
