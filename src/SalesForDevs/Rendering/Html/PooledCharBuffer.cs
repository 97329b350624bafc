using System.Buffers;

namespace SalesForDevs.Rendering.Html;

/// <summary>Text being written, in an array rented from the shared pool: only the finished string is fresh memory.</summary>
internal sealed class PooledCharBuffer(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 256));

    public int Length { get; private set; }

    public void Append(char c)
    {
        if (Length == _chars.Length) Grow(1);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_chars.Length - Length < text.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Forgets what was written after <paramref name="length"/> characters.</summary>
    public void Truncate(int length) => Length = length;

    public override string ToString() => new(_chars, 0, Length);

    public void Dispose()
    {
        if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        Length = 0;
    }

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + more));
        _chars.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
