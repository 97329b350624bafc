using System.Buffers;
using System.Text;
using SalesForDevs.Outputs;

namespace SalesForDevs.Tests.Outputs;

/// <summary>A page written in pieces must come out as the bytes of the whole page cleaned and encoded at once.</summary>
public sealed class Utf8PageOutputTests
{
    // A pair split between two writes, a control character inside a pair, and lone halves.
    public static TheoryData<string[]> Pages() => new(
        ["<p>plain</p>\n"],
        ["<title>A\u0001B\u001F</title>", "\t\r\n", "é ü ß"],
        ["emoji \uD83D", "\uDE00 end"],
        ["\uD83D\u0002\uDE00"],
        ["lone \uD83D", " high", "and \uDE00 low", "\uD83D"],
        [""]);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Pieces_give_the_bytes_of_the_cleaned_page(string[] pieces)
    {
        Assert.Equal(Expected(pieces), Written(pieces));
    }

    [Fact]
    public void A_page_larger_than_the_first_buffer_grows_it()
    {
        var pieces = Enumerable.Range(0, 3000).Select(i => $"<li>Entry {i} – “quoted” \u0007</li>\n").ToArray();
        var bytes = Written(pieces);
        Assert.True(bytes.Length > 64 * 1024);
        Assert.Equal(Expected(pieces), bytes);
    }

    private static byte[] Expected(string[] pieces) => new UTF8Encoding(false).GetBytes(ControlCharacters.Remove(string.Concat(pieces)));

    private static byte[] Written(string[] pieces)
    {
        using var output = new Utf8PageOutput(capacity: 16);
        foreach (var piece in pieces) output.Write("xx" + piece + "yy", 2, piece.Length);
        var (buffer, length) = output.Finish();
        var bytes = buffer.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return bytes;
    }
}
