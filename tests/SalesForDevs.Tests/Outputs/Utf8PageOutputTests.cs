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

    // A body written as UTF-8 between text the encoder writes: after half a pair, with control characters, and empty.
    public static TheoryData<string[]> MixedPages() => new(
        ["<main>\n", "<p>body é</p>\n", "</main>\n"],
        ["<title>\uD83D", "<p>A\u0001B\u000C</p>\n\t\r\n", "\uDE00 end"],
        ["", "\u0002\u0003", ""],
        ["before", "", "after"]);

    [Theory]
    [MemberData(nameof(MixedPages))]
    public void A_body_written_as_UTF_8_gives_the_bytes_its_text_would(string[] pieces)
    {
        using var output = new Utf8PageOutput(capacity: 16);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 1) output.WriteUtf8(Encoding.UTF8.GetBytes(pieces[i]));
            else output.Write(pieces[i], 0, pieces[i].Length);
        }
        Assert.Equal(Expected(pieces), Finished(output));
    }

    [Fact]
    public void A_body_larger_than_the_buffer_grows_it()
    {
        var body = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>Absatz {i} – ü\u0007</p>\n"));
        using var output = new Utf8PageOutput(capacity: 16);
        output.Write("<main>", 0, 6);
        output.WriteUtf8(Encoding.UTF8.GetBytes(body));
        output.Write("</main>", 0, 7);

        var bytes = Finished(output);

        Assert.True(bytes.Length > 512 * 1024);
        Assert.Equal(Expected(["<main>", body, "</main>"]), bytes);
    }

    private static byte[] Finished(Utf8PageOutput output)
    {
        var (buffer, length) = output.Finish();
        var bytes = buffer.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return bytes;
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
