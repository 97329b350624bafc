using System.Text;
using SalesForDevs.Rendering.Html;

namespace SalesForDevs.Tests.Rendering.Html;

/// <summary>
/// Fragments built at random (fixed seeds) from the pieces authors and the markdown stage write, well and badly
/// nested: wherever the single pass takes one, its output must be the parser's. The pieces lean towards the rules'
/// edges (paragraphs under blocks, list items, tables, anchors, references, pre line feeds, raw text).
/// </summary>
public sealed class HtmlFragmentRewriterRandomTests
{
    private static readonly Uri Page = new("https://example.org/blog/2026/01/the-ask/");

    private static readonly string[] Elements =
        ["p", "div", "span", "em", "b", "a", "h2", "ul", "ol", "li", "pre", "code", "blockquote", "table", "tbody", "tr", "td", "dl", "dt", "dd",
         "figure", "picture", "section", "sup", "del", "P", "Em", "button", "select", "svg", "template", "noscript", "textarea", "custom-tag"];

    private static readonly string[] Voids = ["br", "br /", "img src=\"i.png\"", "hr", "hr/", "input type=checkbox disabled", "source srcset=\"a.png 2x\"", "wbr"];

    private static readonly string[] Attributes =
        ["", " class=\"heading-anchor\"", " href=\"../x/\"", " href='y?a=1&amp;b=2'", " href=z/", " id=\"k\" title=\"a &quot;q&quot; &lt;\"", " data-x",
         " src=\"//cdn.example.net/p.png\"", " cite=\"mailto:a@b.c\"", " class=\"x heading-anchor\"", " title=\"&copy\"", " CLASS=\"Up\"", " a=1 a=2"];

    private static readonly string[] Texts =
        ["text", " ", "\n", "a &amp; b", "&lt;x&gt;", "&nbsp;", "\u00A0", "&#39;", "&copy;", "&copy", "R&D", "& ", "1 > 0", "😀", "é", "&#x1F600;", "a < b", "&"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_fragments_taken_by_the_single_pass_match_the_parser(int seed)
    {
        var random = new Random(seed);
        var taken = 0;
        for (var i = 0; i < 400; i++)
        {
            var html = Fragment(random, depth: 0);
            if (!HtmlFragmentRewriter.TryRewrite(html, Page, out var fast)) continue;
            taken++;
            Assert.True(AbsoluteUrlRewriter.RewriteParsed(html, Page) == fast, $"differs from the parser for:\n{html}\nparser: {AbsoluteUrlRewriter.RewriteParsed(html, Page)}\nfast:   {fast}");
        }
        // The generator must exercise the single pass, not only its refusals.
        Assert.True(taken > 40, $"only {taken} of 400 fragments took the single pass");
    }

    private static string Fragment(Random random, int depth)
    {
        var html = new StringBuilder();
        var count = random.Next(1, depth == 0 ? 6 : 4);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(depth > 3 ? 3 : 8))
            {
                case 0:
                case 1:
                    html.Append(Texts[random.Next(Texts.Length)]);
                    break;
                case 2:
                    html.Append('<').Append(Voids[random.Next(Voids.Length)]).Append('>');
                    break;
                case 3:
                    html.Append(random.Next(4) == 0 ? "<!-- note -->" : "<script>if (a < b && c) x = \"</p>\";</script>");
                    break;
                default:
                    var name = Elements[random.Next(Elements.Length)];
                    html.Append('<').Append(name).Append(Attributes[random.Next(Attributes.Length)]).Append('>');
                    if (name == "pre" && random.Next(2) == 0) html.Append('\n');
                    html.Append(Fragment(random, depth + 1));
                    // Mostly closed right, sometimes not closed or closed as another element.
                    var close = random.Next(10) switch { 0 => "", 1 => "</" + Elements[random.Next(Elements.Length)] + ">", _ => "</" + name + ">" };
                    html.Append(close);
                    break;
            }
        }
        return html.ToString();
    }
}
