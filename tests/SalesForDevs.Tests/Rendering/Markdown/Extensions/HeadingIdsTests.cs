using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>Our heading ids are Markdig's AutoIdentifiers ids (GitHub style), heading for heading.</summary>
public sealed class HeadingIdsTests
{
    private const string Headings = """
        # Title

        ## Make "the" ask -- now...

        ## Make "the" ask -- now...

        ## Make "the" ask -- now...-1

        ##

        ## `code` and *emphasis* and [a link](https://example.com) and <b>html</b> &amp; &copy; entities

        ## Custom {#kept-id}

        ## Classed {.wide}

        ## Section

        ##

        Setext heading
        ==============

        Another one
        -----------

        > ## Quoted heading
        >
        > - ### Listed heading

        - item

          ## Heading in a list item

        ## Café, naïve: déjà vu — ÜBER 100% (ok?)

        ## 🚀 Ship it! 🚀

        ## Line  
        break

        ## Tom's \*escaped\* text\

        ## https://example.com/auto

        {{< note >}}
        ## Inside a shortcode
        {{< /note >}}

        ## Title
        """;

    public static TheoryData<string> Bodies()
    {
        var data = new TheoryData<string> { Headings, Headings.Replace("## ", "### ") + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n" };
        var files = Directory.GetFiles(Path.Combine(Golden.Folder, "Markdown"), "*.md")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            // Bodies with footnotes are parsed with Markdig's own ids anyway: here without their footnotes.
            if (!text.Contains("[^", StringComparison.Ordinal)) data.Add(text);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Ids_are_the_ones_markdigs_auto_identifiers_give(string body)
    {
        var pipeline = MarkdownPipelineFactory.Pipeline;
        var ours = MarkdownPipelineFactory.ForParsing(pipeline, body);
        // An HTML comment at the end names no heading, and its "[^" asks for Markdig's own ids.
        var markdigs = MarkdownPipelineFactory.ForParsing(pipeline, body + "\n\n<!-- [^ -->\n");
        Assert.True(ours.Extensions.Contains<HeadingIdsExtension>() && !ours.Extensions.Contains<AutoIdentifierExtension>());
        Assert.True(markdigs.Extensions.Contains<AutoIdentifierExtension>() && !markdigs.Extensions.Contains<HeadingIdsExtension>());

        var expected = Ids(Markdig.Markdown.Parse(body, markdigs));
        Assert.Equal(expected, Ids(Markdig.Markdown.Parse(body, ours)));
    }

    [Fact]
    public void Crafted_headings_get_the_ids_github_gives()
    {
        var ids = Ids(Markdig.Markdown.Parse(Headings, MarkdownPipelineFactory.ForParsing(MarkdownPipelineFactory.Pipeline, Headings)));
        // Typographic dashes are not text to the id (as in Markdig's); "-1" on a heading's own text still counts as taken.
        Assert.Equal(["title", "make-the-ask--now", "make-the-ask--now-1", "make-the-ask--now-1-1", "section"], ids[..5]);
        Assert.Contains("kept-id", ids);
        Assert.Contains("section-1", ids);
        Assert.Equal("title-1", ids[^1]);
    }

    private static string[] Ids(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.TryGetAttributes()?.Id ?? "(none)").ToArray();
}
