using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown;

public sealed class MarkdownNodesTests
{
    public static TheoryData<string> Bodies()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Golden.Folder, "Markdown"), "*.md").Order(StringComparer.Ordinal)) data.Add(File.ReadAllText(file));
        data.Add("""
            > quote with <b>html</b> and [a link](x.md "t")
            > - list [![image](i.png)](big.png) <i>x</i>
            >   1. nested <span>deep</span> [ref]

            <div>
            block
            </div>

            | a | b |
            |---|---|
            | [c](c.md) | <em>d</em> |

            Text[^1] and <https://example.com>.

            [^1]: A note with [a link](n.md) and <kbd>k</kbd>.

            [ref]: r.md
            """);
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void One_walk_finds_what_descendants_find_in_the_same_order(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);

        var nodes = MarkdownNodes.Of(document);

        Assert.Equal(document.Descendants().Where(n => n is HtmlBlock or HtmlInline).ToList(), nodes.RawHtml);
        Assert.Equal(document.Descendants().OfType<LinkInline>().ToList(), nodes.Links);
    }

    [Fact]
    public void The_walk_finds_nodes_at_every_depth()
    {
        var document = Markdig.Markdown.Parse("> - [![i](i.png)](x.md) <b>b</b>\n\n<p>raw</p>\n", MarkdownPipelineFactory.Pipeline);

        var nodes = MarkdownNodes.Of(document);

        Assert.Equal(["x.md", "i.png"], nodes.Links.Select(l => l.Url));
        Assert.Equal(3, nodes.RawHtml.Count);
    }
}
