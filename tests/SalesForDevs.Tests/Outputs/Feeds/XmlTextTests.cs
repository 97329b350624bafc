using SalesForDevs.Outputs.Feeds;

namespace SalesForDevs.Tests.Outputs.Feeds;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tnewline\ncr\r", "tab\tnewline\ncr\r")]
    [InlineData("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg", "abcdefg")]
    [InlineData("x\uFFFEy\uFFFFz", "xyz")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("& < > ]]> stay: escaping is the writer's job", "& < > ]]> stay: escaping is the writer's job")]
    [InlineData("\u0085 \u00A0 \u200F \u202E are allowed", "\u0085 \u00A0 \u200F \u202E are allowed")]
    [InlineData("", "")]
    public void Clean_removes_only_what_xml_1_0_forbids(string input, string expected) =>
        Assert.Equal(expected, XmlText.Clean(input));

    // Lone surrogates cannot go through [InlineData]: the test runner's serialization replaces them.
    [Fact]
    public void Clean_removes_lone_surrogates_and_keeps_pairs()
    {
        Assert.Equal("lone  high, lone  low, reversed .", XmlText.Clean("lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800."));
        Assert.Equal("high at the end ", XmlText.Clean("high at the end \uD83D"));
        Assert.Equal("\uD83D\uDE00\uD834\uDD1E", XmlText.Clean("\uD83D\uDE00\uDE00\uD834\uDD1E"));
    }

    [Fact]
    public void Clean_returns_the_same_string_when_nothing_is_removed()
    {
        var text = "nothing to remove \U0001F600";
        Assert.Same(text, XmlText.Clean(text));
    }

    [Fact]
    public void Rfc822_dates_are_in_gmt_with_english_names()
    {
        var date = new DateTimeOffset(2026, 1, 12, 1, 30, 5, TimeSpan.FromHours(3));
        Assert.Equal("Sun, 11 Jan 2026 22:30:05 GMT", RssFeedWriter.Rfc822(date));
    }

    [Fact]
    public void Rfc3339_dates_keep_the_posts_offset()
    {
        Assert.Equal("2026-01-12T09:00:00-05:00", AtomFeedWriter.Rfc3339(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(-5))));
        Assert.Equal("2026-01-12T09:00:00+00:00", AtomFeedWriter.Rfc3339(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("a < b & \"c\" > d", "a &lt; b &amp; &quot;c&quot; &gt; d")]
    [InlineData("caf\u00e9 \U0001F600 'q'", "caf\u00e9 \U0001F600 'q'")]
    public void Html_escape_replaces_only_markup_characters(string text, string expected) =>
        Assert.Equal(expected, RssFeedWriter.HtmlEscape(text));
}
