namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// One post's entry in one feed format, as the UTF-8 bytes every feed that carries it copies. The categories are a
/// range of their own: a tag's feed puts its one category in their place (<see cref="FeedChannel.Category"/>).
/// </summary>
internal sealed class EncodedEntry(byte[] bytes, int categoriesStart, int categoriesEnd)
{
    public int Length => bytes.Length;

    public ReadOnlySpan<byte> Head => bytes.AsSpan(0, categoriesStart);

    /// <summary>The entry's own categories (all of the post's tags).</summary>
    public ReadOnlySpan<byte> Categories => bytes.AsSpan(categoriesStart, categoriesEnd - categoriesStart);

    public ReadOnlySpan<byte> Tail => bytes.AsSpan(categoriesEnd);

    /// <summary>Copies the entry into <paramref name="output"/>, with <paramref name="categories"/> in place of its own when given.</summary>
    public void CopyTo(FeedBuffer output, byte[]? categories)
    {
        output.Append(Head);
        output.Append(categories ?? Categories);
        output.Append(Tail);
    }

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

    /// <summary>Encodes what <paramref name="write"/> writes, for a piece such as a tag feed's one category.</summary>
    public static byte[] Piece(Action<FeedBuffer> write)
    {
        using var buffer = new FeedBuffer();
        write(buffer);
        return buffer.ToArray();
    }
}
