using System.Text;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// A rendered body as UTF-8, in one array of exactly its size: half the memory of the string for mostly ASCII text, and
/// the bytes a page or a feed writes anyway. Every body of a build is held from the markdown stage to the last page, so
/// this is most of what a big build keeps alive. Compared by value (the bytes), as the string was.
/// </summary>
internal sealed class Utf8Html : IEquatable<Utf8Html>
{
    // Lone surrogates become U+FFFD, as the pages' own UTF-8 writer makes them.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] _bytes;

    private Utf8Html(byte[] bytes, int charLength) => (_bytes, CharLength) = (bytes, charLength);

    public static Utf8Html Empty { get; } = new([], 0);

    /// <summary>The UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>How many UTF-16 characters the HTML has as a string: what template limits count.</summary>
    public int CharLength { get; }

    public bool IsEmpty => CharLength == 0;

    public static Utf8Html From(string html) => html.Length == 0 ? Empty : new(Utf8.GetBytes(html), html.Length);

    /// <summary>Encodes the text of <paramref name="builder"/> without making it a string first.</summary>
    public static Utf8Html From(StringBuilder builder)
    {
        if (builder.Length == 0) return Empty;
        var bytes = GC.AllocateUninitializedArray<byte>(ByteCount(builder));
        var encoder = Utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in builder.GetChunks()) written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return new Utf8Html(bytes, builder.Length);
    }

    /// <summary>
    /// The UTF-8 length of the builder's text. An encoder's count does not carry half a pair over to the next chunk, so
    /// a pair split between chunks is counted here: a high half at a chunk's end waits for the next chunk's start.
    /// </summary>
    private static int ByteCount(StringBuilder builder)
    {
        var count = 0;
        var pending = false;
        foreach (var chunk in builder.GetChunks())
        {
            var chars = chunk.Span;
            if (chars.IsEmpty) continue;
            if (pending)
            {
                // A whole pair is four bytes; a lone half becomes U+FFFD, three.
                count += char.IsLowSurrogate(chars[0]) ? 4 : 3;
                if (char.IsLowSurrogate(chars[0])) chars = chars[1..];
                pending = false;
            }
            if (!chars.IsEmpty && char.IsHighSurrogate(chars[^1]))
            {
                pending = true;
                chars = chars[..^1];
            }
            count += Utf8.GetByteCount(chars);
        }
        return pending ? count + 3 : count;
    }

    /// <summary>The HTML as a string: a new one on every call, for the few readers that need text.</summary>
    public override string ToString() => _bytes.Length == 0 ? "" : Utf8.GetString(_bytes);

    /// <summary>Decodes into <paramref name="chars"/>, which must hold <see cref="CharLength"/> characters; returns how many it wrote.</summary>
    public int CopyTo(Span<char> chars) => Utf8.GetChars(_bytes, chars);

    public bool Equals(Utf8Html? other) => other is not null && (ReferenceEquals(this, other) || _bytes.AsSpan().SequenceEqual(other._bytes));

    public override bool Equals(object? obj) => Equals(obj as Utf8Html);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }
}
