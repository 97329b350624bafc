using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates.Shortcodes;

namespace SalesForDevs.Tests.Rendering.Templates.Shortcodes;

/// <summary>A shortcode template declares its arguments and body in its opening comment (issue 18).</summary>
public sealed class ShortcodeSignatureTests
{
    [Fact]
    public void Reads_arguments_in_order_with_optional_ones_and_the_body()
    {
        var diagnostics = new DiagnosticBag();
        var signature = ShortcodeSignature.Read("{{##\nnote: a callout.\nargs: src, alt caption?,title?\nbody: markdown\n##}}\n<p>x</p>", "t.scriban", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.True(signature.Body);
        Assert.Equal([new("src", true), new("alt", true), new("caption", false), new ShortcodeParameter("title", false)], signature.Parameters);
        Assert.Equal("src, alt, caption (optional), title (optional)", signature.Describe());
    }

    [Fact]
    public void A_template_without_the_comment_takes_no_arguments_and_no_body()
    {
        var signature = ShortcodeSignature.Read("<hr>\n{{## args: a ##}}", "t.scriban", new DiagnosticBag());
        Assert.Same(ShortcodeSignature.None, signature);
    }

    [Theory]
    [InlineData("{{##\nargs: src, 2x\n##}}", "t.scriban:2:12: error: `2x` is not an argument name")]
    [InlineData("{{##\nargs: a, a\n##}}", "t.scriban:2:10: error: argument `a` is listed twice")]
    [InlineData("{{##\nargs: a?, b\n##}}", "t.scriban:2:11: error: required argument `b` comes after an optional one")]
    [InlineData("{{##\nbody: yes\n##}}", "t.scriban:2:7: error: body: `yes` is not known")]
    [InlineData("{{## args: a, -b ##}}", "t.scriban:1:15: error: `-b` is not an argument name")]
    public void Mistakes_in_the_comment_are_errors_at_their_position(string source, string expected)
    {
        var diagnostics = new DiagnosticBag();
        ShortcodeSignature.Read(source, "t.scriban", diagnostics);
        Assert.StartsWith(expected, Assert.Single(diagnostics.Sorted()).ToString());
    }
}
