using SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>Reading one shortcode tag: names, typed arguments, the escaped form and tags that cannot be read (issue 18).</summary>
public sealed class ShortcodeTagReaderTests
{
    private static ShortcodeTag? Read(string text) => ShortcodeTagReader.Read(text, 0, text.Length);

    [Fact]
    public void Named_arguments_keep_their_type_from_how_they_are_written()
    {
        var tag = Read("""{{< figure src="a b.png" width=640 scale=1.5 lazy=false note=`raw "text"` say="\"hi\"" >}} after""")!;
        Assert.Equal(ShortcodeTagKind.Open, tag.Kind);
        Assert.False(tag.Body);
        Assert.Equal("figure", tag.Name);
        Assert.Equal(["src", "width", "scale", "lazy", "note", "say"], tag.Arguments.Select(a => a.Name));
        Assert.Equal<object>(["a b.png", 640L, 1.5, false, "raw \"text\"", "\"hi\""], tag.Arguments.Select(a => a.Value));
        Assert.Equal("""{{< figure src="a b.png" width=640 scale=1.5 lazy=false note=`raw "text"` say="\"hi\"" >}}""".Length, tag.Length);
        Assert.Equal(11, tag.Arguments[0].Offset);
    }

    [Fact]
    public void Positional_arguments_have_no_name_and_body_tags_use_percent_signs()
    {
        var tag = Read("{{% youtube dQw4w9WgXcQ \"A title\" %}}")!;
        Assert.True(tag.Body);
        Assert.Equal("youtube", tag.Name);
        Assert.All(tag.Arguments, a => Assert.Null(a.Name));
        Assert.Equal<object>(["dQw4w9WgXcQ", "A title"], tag.Arguments.Select(a => a.Value));
    }

    [Fact]
    public void Arguments_may_continue_on_the_next_line()
    {
        var tag = Read("{{< figure\n  src=\"a.png\"\n  alt=\"b\" >}}")!;
        Assert.Equal(ShortcodeTagKind.Open, tag.Kind);
        Assert.Equal(2, tag.Arguments.Count);
    }

    [Theory]
    [InlineData("{{% /note %}}", "note")]
    [InlineData("{{% / code-file %}}", "code-file")]
    public void Closing_tags_name_the_shortcode(string text, string name)
    {
        var tag = Read(text)!;
        Assert.Equal(ShortcodeTagKind.Close, tag.Kind);
        Assert.Equal(name, tag.Name);
    }

    [Theory]
    [InlineData("{{</* youtube id */>}}", "{{< youtube id >}}")]
    [InlineData("{{%/* note */%}}", "{{% note %}}")]
    [InlineData("{{< /* figure src=\"x\" */ >}}", "{{<  figure src=\"x\"  >}}")]
    public void The_escaped_form_shows_the_tag_itself(string text, string literal)
    {
        var tag = Read(text)!;
        Assert.Equal(ShortcodeTagKind.Escaped, tag.Kind);
        Assert.Equal(literal, tag.Literal);
        Assert.Equal(text.Length, tag.Length);
    }

    [Theory]
    [InlineData("{{<}}")]
    [InlineData("{{< >}}")]
    [InlineData("{{ x }}")]
    [InlineData("{{< 3d >}}")]
    [InlineData("{{</* never closed")]
    public void Text_that_only_looks_like_a_tag_is_not_one(string text) => Assert.Null(Read(text));

    [Theory]
    [InlineData("{{< figure src=\"a.png >}}", "a quoted value is not closed", 11)]
    [InlineData("{{< figure src=\"a.png\"", "the tag is not closed: `>}}` is missing", 22)]
    [InlineData("{{< figure src=\"a.png\" %}}", "use the same pair on both ends", 23)]
    [InlineData("{{< figure src=\"a\"alt=\"b\" >}}", "put a space between arguments", 18)]
    [InlineData("{{< figure src= >}}", "an argument has no value", 11)]
    [InlineData("{{< figure a\"b >}}", "unexpected `\"` in a value", 11)]
    [InlineData("{{% /note extra %}}", "a closing tag takes no arguments", 10)]
    public void A_tag_with_a_name_that_cannot_be_read_says_what_is_wrong_and_where(string text, string error, int offset)
    {
        var tag = Read(text)!;
        Assert.Equal(ShortcodeTagKind.Invalid, tag.Kind);
        Assert.Contains(error, tag.Error);
        Assert.Equal(offset, tag.ErrorOffset);
    }
}
