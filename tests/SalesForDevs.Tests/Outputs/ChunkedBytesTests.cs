using System.Text;
using SalesForDevs.Outputs;
using SalesForDevs.Outputs.Feeds;

namespace SalesForDevs.Tests.Outputs;

public sealed class ChunkedBytesTests
{
    [Fact]
    public void Bytes_across_many_chunks_come_back_in_order_and_as_segments()
    {
        var expected = Enumerable.Range(0, ChunkedBytes.ChunkSize * 3 + 123).Select(i => (byte)(i * 7)).ToArray();
        using var bytes = new ChunkedBytes();
        foreach (var part in expected.Chunk(1000)) bytes.Append(part);

        Assert.Equal(expected.Length, bytes.Length);
        Assert.Equal(expected, bytes.ToArray());
        Assert.Equal([ChunkedBytes.ChunkSize, ChunkedBytes.ChunkSize, ChunkedBytes.ChunkSize, 123], bytes.Segments.Select(s => s.Length));
        Assert.Equal(expected, bytes.Segments.SelectMany(s => s.ToArray()));
    }

    [Fact]
    public void Cleared_or_disposed_bytes_start_again_empty()
    {
        var bytes = new ChunkedBytes();
        bytes.Append(new byte[ChunkedBytes.ChunkSize + 5]);
        bytes.Clear();
        Assert.Equal(0, bytes.Length);
        bytes.Append("abc"u8);
        Assert.Equal("abc"u8.ToArray(), bytes.ToArray());
        bytes.Dispose();
        Assert.Equal(0, bytes.Length);
        Assert.Empty(bytes.Segments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Text_split_across_a_chunk_boundary_keeps_each_character_whole(int shift)
    {
        // Two-, three- and four-byte characters straddle the end of the first chunk at every offset.
        var text = new string('a', ChunkedBytes.ChunkSize - 4 + shift) + "é€😀日本 and more é€😀";
        using var buffer = new FeedBuffer();
        buffer.Append(text.AsSpan());
        buffer.NewLine(3);
        buffer.NewLine(40);
        Assert.Equal(text + "\n      \n" + new string(' ', 80), Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void A_detached_feed_leaves_the_buffer_empty_and_holds_the_bytes()
    {
        using var buffer = new FeedBuffer();
        buffer.Append("<rss/>".AsSpan());
        using var detached = buffer.Detach();
        Assert.Equal(0, buffer.Length);
        Assert.Equal("<rss/>"u8.ToArray(), detached.ToArray());
    }
}
