using System.Text;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Tests.Rendering.Markdown;

/// <summary>A rendered body kept as UTF-8 must decode to the very text Markdig wrote (issue 14).</summary>
public sealed class Utf8HtmlTests
{
    [Fact]
    public void A_character_split_between_two_chunks_of_the_builder_is_encoded_whole()
    {
        // A builder of capacity 3 takes the high half of the pair in its first chunk and the low half in the next.
        var builder = new StringBuilder(3).Append("ab\uD83D").Append("\uDE00 é – x\n");
        Assert.True(CountChunks(builder) >= 2);

        var html = Utf8Html.From(builder);

        Assert.Equal(Encoding.UTF8.GetBytes("ab\U0001F600 é – x\n"), html.Bytes.ToArray());
        Assert.Equal("ab\U0001F600 é – x\n", html.ToString());
        Assert.Equal(builder.Length, html.CharLength);
    }

    [Theory]
    [InlineData("ab\uD83D", "x")]
    [InlineData("ab\uD83D", "\uD83D\uDE00")]
    [InlineData("\uDE00", "\uDE00 after a lone low half")]
    [InlineData("ends with a lone high half \uD83D", "")]
    public void Lone_halves_at_a_chunk_boundary_become_replacement_characters(string first, string rest)
    {
        var builder = new StringBuilder(first.Length).Append(first).Append(rest).Append(rest.Length > 0 ? "" : "\uD83D");
        var text = builder.ToString();

        var html = Utf8Html.From(builder);

        Assert.Equal(new UTF8Encoding(false).GetBytes(text), html.Bytes.ToArray());
        Assert.Equal(text.Length, html.CharLength);
    }

    [Fact]
    public void Empty_text_is_the_empty_body()
    {
        Assert.Same(Utf8Html.Empty, Utf8Html.From(new StringBuilder()));
        Assert.Same(Utf8Html.Empty, Utf8Html.From(""));
        Assert.True(Utf8Html.Empty.IsEmpty);
        Assert.Equal("", Utf8Html.Empty.ToString());
        Assert.Equal(0, Utf8Html.Empty.Bytes.Length);
    }

    [Fact]
    public void A_long_body_is_kept_whole()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 60_000; i++) builder.Append("<p>Zeile ").Append(i).Append(" – “quoted” ü</p>\n");
        var text = builder.ToString();

        var html = Utf8Html.From(builder);

        Assert.Equal(text.Length, html.CharLength);
        Assert.Equal(text, html.ToString());
        var chars = new char[html.CharLength];
        Assert.Equal(text.Length, html.CopyTo(chars));
        Assert.Equal(text, new string(chars));
    }

    [Fact]
    public void Bodies_with_the_same_text_are_equal()
    {
        var one = Utf8Html.From("<p>Å</p>");
        var other = Utf8Html.From(new StringBuilder("<p>Å</p>"));
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, Utf8Html.From("<p>A</p>"));
    }

    private static int CountChunks(StringBuilder builder)
    {
        var count = 0;
        foreach (var _ in builder.GetChunks()) count++;
        return count;
    }
}
