using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace SalesForDevs.Outputs;

/// <summary>
/// Takes a page as the template engine writes it and keeps it only as UTF-8, in a buffer from the shared pool, without
/// the control characters <see cref="ControlCharacters"/> removes. The bytes are those of the page rendered to a string,
/// cleaned and encoded, without the page ever being a string (at 10,000 posts, gigabytes of them).
/// </summary>
internal sealed class Utf8PageOutput : IScriptOutput, Rendering.Templates.IUtf8Output, IDisposable
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

    /// <summary>Text that is UTF-8 already (a post's body): copied as it is, without the control characters <see cref="Write"/> removes.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        // What the encoder holds of the last write (half a surrogate pair) ends before these bytes, as it would before their text.
        Encode([], flush: true);
        while (true)
        {
            var forbidden = ControlCharacters.IndexOfForbidden(utf8);
            Append(forbidden < 0 ? utf8 : utf8[..forbidden]);
            if (forbidden < 0) return;
            utf8 = utf8[(forbidden + 1)..];
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
        Reserve(Utf8.GetMaxByteCount(chars.Length));
        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int most)
    {
        if (_buffer.Length - _length >= most) return;
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(_buffer.Length * 2L, (long)_length + most)));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
