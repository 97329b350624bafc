namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// One post's entry in one feed format. The categories are a part of their own: a tag's feed puts its one category in
/// their place (<see cref="FeedChannel.Category"/>). Kept (<see cref="Encode"/>), it is the UTF-8 bytes every feed that
/// carries it copies, for builds that keep feeds; otherwise (<see cref="Defer"/>) each feed writes it straight into its
/// own pooled buffer: escaping a post again costs less than the fresh memory of an array per post and format.
/// </summary>
internal sealed class EncodedEntry
{
    private readonly byte[]? _bytes;
    private readonly int _categoriesStart, _categoriesEnd;
    private readonly Action<FeedBuffer>? _head, _categories, _tail;

    private EncodedEntry(byte[] bytes, int categoriesStart, int categoriesEnd) =>
        (_bytes, _categoriesStart, _categoriesEnd) = (bytes, categoriesStart, categoriesEnd);

    private EncodedEntry(Action<FeedBuffer> head, Action<FeedBuffer> categories, Action<FeedBuffer> tail) =>
        (_head, _categories, _tail) = (head, categories, tail);

    /// <summary>A kept entry's bytes before its categories (<see cref="Encode"/>).</summary>
    public ReadOnlySpan<byte> Head => Kept.AsSpan(0, _categoriesStart);

    /// <summary>A kept entry's own categories (all of the post's tags).</summary>
    public ReadOnlySpan<byte> Categories => Kept.AsSpan(_categoriesStart, _categoriesEnd - _categoriesStart);

    public ReadOnlySpan<byte> Tail => Kept.AsSpan(_categoriesEnd);

    private byte[] Kept => _bytes ?? throw new InvalidOperationException("a deferred entry has no bytes of its own");

    /// <summary>Copies the entry into <paramref name="output"/>, with <paramref name="categories"/> in place of its own when given.</summary>
    public void CopyTo(FeedBuffer output, byte[]? categories)
    {
        if (_bytes is null)
        {
            _head!(output);
            if (categories is null) _categories!(output);
            else output.Append(categories);
            _tail!(output);
            return;
        }
        output.Append(_bytes.AsSpan(0, _categoriesStart));
        output.Append(categories ?? _bytes.AsSpan(_categoriesStart, _categoriesEnd - _categoriesStart));
        output.Append(_bytes.AsSpan(_categoriesEnd));
    }

    /// <summary><see cref="Encode"/> when <paramref name="keep"/>, else <see cref="Defer"/>.</summary>
    public static EncodedEntry Make(bool keep, Action<FeedBuffer> head, Action<FeedBuffer> categories, Action<FeedBuffer> tail) =>
        keep ? Encode(head, categories, tail) : Defer(head, categories, tail);

    /// <summary>Encodes an entry: <paramref name="head"/>, <paramref name="categories"/> and <paramref name="tail"/> write its three parts in turn.</summary>
    public static EncodedEntry Encode(Action<FeedBuffer> head, Action<FeedBuffer> categories, Action<FeedBuffer> tail)
    {
        using var buffer = new FeedBuffer();
        head(buffer);
        var start = buffer.Length;
        categories(buffer);
        var end = buffer.Length;
        tail(buffer);
        return new EncodedEntry(buffer.ToArray(), start, end);
    }

    /// <summary>An entry whose parts are written into each feed that carries it, as <see cref="Encode"/> would have encoded them.</summary>
    public static EncodedEntry Defer(Action<FeedBuffer> head, Action<FeedBuffer> categories, Action<FeedBuffer> tail) => new(head, categories, tail);

    /// <summary>Encodes what <paramref name="write"/> writes, for a piece such as a tag feed's one category.</summary>
    public static byte[] Piece(Action<FeedBuffer> write)
    {
        using var buffer = new FeedBuffer();
        write(buffer);
        return buffer.ToArray();
    }
}
