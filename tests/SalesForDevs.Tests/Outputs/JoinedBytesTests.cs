using System.Text;
using SalesForDevs.Outputs;

namespace SalesForDevs.Tests.Outputs;

public sealed class JoinedBytesTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5000)]
    public async Task Joined_and_streamed_parts_are_the_same_bytes(int count)
    {
        // Items of several sizes, some larger than a write, so every path of the gathering is taken.
        var items = Enumerable.Range(0, count).Select(i => B(new string((char)('a' + i % 26), i % 7 == 0 ? 70_000 : i % 50))).ToList();
        var parts = new JoinedBytes(B("{\"docs\":["), items, (byte)',', B("]}\n"));
        var expected = B("{\"docs\":[" + string.Join(",", items.Select(Encoding.UTF8.GetString)) + "]}\n");

        Assert.Equal(expected.Length, parts.Length);
        Assert.Equal(expected, parts.ToArray());
        using var stream = new MemoryStream();
        await parts.WriteToAsync(stream, CancellationToken.None);
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void A_file_of_parts_gives_its_joined_bytes_to_those_that_ask_for_bytes()
    {
        var file = OutputFile.Joined("x.json", new JoinedBytes(B("["), [B("1"), B("2")], (byte)',', B("]")));
        Assert.Equal("[1,2]", Encoding.UTF8.GetString(file.Bytes!));
        Assert.Same(file.Bytes, file.Bytes);
        Assert.False(file.IsGenerated);
    }
}
