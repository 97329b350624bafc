using SalesForDevs.Cli;

namespace SalesForDevs.Tests.Cli;

public sealed class TerminalColorsTests
{
    [Theory]
    [InlineData("content/x.md:4:7: error: bad date", "content/x.md:4:7: \u001b[1;31merror\u001b[0m: bad date")]
    [InlineData("error: no site", "\u001b[1;31merror\u001b[0m: no site")]
    [InlineData("a.html: warning: lost: error: x", "a.html: \u001b[1;33mwarning\u001b[0m: lost: error: x")]
    [InlineData("Built 3 pages", "Built 3 pages")]
    public void Colors_only_the_severity_word(string line, string expected) =>
        Assert.Equal(expected, new TerminalColors(true).Highlight(line));

    [Fact]
    public void Disabled_colors_leave_lines_alone() =>
        Assert.Equal("error: x", new TerminalColors(false).Highlight("error: x"));

    [Fact]
    public void Color_is_wanted_only_on_the_console_when_it_is_a_terminal_and_no_color_is_unset()
    {
        var console = new StringWriter();
        static string? None(string name) => null;
        Assert.True(TerminalColors.Wanted(console, console, redirected: false, None));
        Assert.False(TerminalColors.Wanted(console, console, redirected: true, None));
        Assert.False(TerminalColors.Wanted(new StringWriter(), console, redirected: false, None));
        Assert.False(TerminalColors.Wanted(console, console, redirected: false, name => name == "NO_COLOR" ? "1" : null));
        Assert.False(TerminalColors.Wanted(console, console, redirected: false, name => name == "TERM" ? "dumb" : null));
    }
}
