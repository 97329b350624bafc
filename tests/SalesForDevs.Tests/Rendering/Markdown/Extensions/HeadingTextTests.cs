using System.Net;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Markdown.Extensions.HeadingAnchors;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

public sealed class HeadingTextTests
{
    private sealed class NoLinks : ILinkResolver
    {
        public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment) => new LinkTarget.Missing("none");
        public string RootRelative(string url) => url;
    }

    [Fact]
    public void Plain_text_is_exactly_what_html_encoding_leaves_alone()
    {
        // Every UTF-16 code unit: the text written as it is must be what WebUtility would have written.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            Assert.True(HeadingText.IsPlain(text) == (WebUtility.HtmlEncode(text) == text), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("Plain words", "Plain words")]
    [InlineData("Tom & \"Jerry\" <3", "Tom &amp; &quot;Jerry&quot; &lt;3")]
    [InlineData("Café crème", "Caf&#233; cr&#232;me")]
    [InlineData("Ship it 🚀", "Ship it &#128640;")]
    public void Anchor_labels_and_the_table_of_contents_encode_the_heading_text(string heading, string encoded)
    {
        var body = $"## {heading}\n\nText.\n\n## Second *part*\n";
        var rendered = MarkdownRenderer.Render(body, "content/posts/2026-01-05-a.md", 5, new NoLinks(), new DiagnosticBag(),
            MarkdownPipelineFactory.For(new SalesForDevs.Configuration.TypographyConfig(SmartyPants: false)));
        Assert.Contains($"aria-label=\"Link to section: {encoded}\"", rendered.Html.ToString());
        Assert.Contains($"\">{encoded}</a></li>", rendered.TocHtml);
        Assert.Contains("\">Second part</a></li>", rendered.TocHtml);
    }

    [Fact]
    public void Text_is_trimmed_and_typographic_quotes_kept()
    {
        var rendered = MarkdownRenderer.Render("## \"Quoted\" -- `code`  \n\n## Two\n", "content/posts/2026-01-05-a.md", 5, new NoLinks(), new DiagnosticBag());
        Assert.Contains("aria-label=\"Link to section: “Quoted” – code\"", rendered.Html.ToString());
    }
}
