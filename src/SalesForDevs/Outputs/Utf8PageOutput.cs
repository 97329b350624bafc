using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace SalesForDevs.Outputs;

/// <summary>
/// Takes a page as the template engine writes it and keeps it only as UTF-8, in a buffer from the shared pool, without
/// the control characters <see cref="ControlCharacters"/> removes. The bytes are those of the page rendered to a string,
/// cleaned and encoded, without the page ever being a string (at 10,000 posts, gigabytes of them).
/// </summary>
internal sealed class Utf8PageOutput : IScriptOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    // Stateful, so a surrogate pair split between two writes is still one character.
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer;
    private int _length;

    public Utf8PageOutput(int capacity = 32 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public void Write(string text, int offset, int count)
    {
        var chars = text.AsSpan(offset, count);
        while (true)
        {
            var forbidden = ControlCharacters.IndexOfForbidden(chars);
            if (forbidden < 0)
            {
                Encode(chars, flush: false);
                return;
            }
            Encode(chars[..forbidden], flush: false);
            chars = chars[(forbidden + 1)..];
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the page: the buffer (rented from <see cref="ArrayPool{T}.Shared"/>, now the caller's to return) and how much of it is the page.</summary>
    public (byte[] Buffer, int Length) Finish()
    {
        Encode([], flush: true);
        var page = (_buffer, _length);
        (_buffer, _length) = ([], 0);
        return page;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        (_buffer, _length) = ([], 0);
    }

    /// <summary>Scriban returns this from a render; the page is in the buffer, not here.</summary>
    public override string ToString() => "";

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        // Counts a surrogate the encoder may be holding from the last write.
        var most = Utf8.GetMaxByteCount(chars.Length);
        if (_buffer.Length - _length < most)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + most));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush);
    }
}
