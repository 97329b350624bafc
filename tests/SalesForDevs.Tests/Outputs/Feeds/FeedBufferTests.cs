using System.Text.Encodings.Web;
using System.Text.Json;
using SalesForDevs.Outputs;
using SalesForDevs.Outputs.Feeds;

namespace SalesForDevs.Tests.Outputs.Feeds;

public sealed class FeedBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(11)]
    public void Json_escapes_across_a_chunk_boundary_are_those_of_json_encoded_text(int shift)
    {
        // Escapes of two, six and twelve bytes and multi-byte characters straddle the end of the first chunk at every offset.
        var text = new string('a', ChunkedBytes.ChunkSize - 12 + shift) + "\"\\\n\u0001é€😀<p>&amp;</p>\u2028" + new string('b', 100) + "\"\u0002";
        var encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        using var buffer = new FeedBuffer();
        buffer.Append((byte)'x');
        buffer.AppendEscaped(text, encoder);
        Assert.Equal([(byte)'x', .. JsonEncodedText.Encode(text, encoder).EncodedUtf8Bytes], buffer.ToArray());
    }
}
