using Markdig.Syntax;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown;

public sealed class MarkdownPipelineFactoryTests
{
    public static TheoryData<string> BodiesWithoutPipes()
    {
        var data = new TheoryData<string>();
        var files = Directory.GetFiles(Path.Combine(Golden.Folder, "Markdown"), "*.md")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            // A body with a '|' anywhere is parsed with tables; the others are the case here.
            var text = File.ReadAllText(file).Replace('|', '/');
            data.Add(text);
        }
        data.Add("Lines\nin one\nparagraph\n\n- a\n- b\n\n> quote\n> more\n\n```\ncode\n```\n\nText  \nwith a hard break and a\\\nbackslash one.\n");
        return data;
    }

    [Theory]
    [MemberData(nameof(BodiesWithoutPipes))]
    public void A_body_without_a_pipe_parses_the_same_without_the_table_parser(string body)
    {
        var pipeline = MarkdownPipelineFactory.Pipeline;
        var twin = MarkdownPipelineFactory.ForParsing(pipeline, body);

        Assert.NotSame(pipeline, twin);
        Assert.Equal(Render(body, pipeline, pipeline), Render(body, twin, pipeline));
        // Diagnostics point at nodes: their positions must not move either.
        Assert.Equal(Positions(body, pipeline), Positions(body, twin));
    }

    private static List<string> Positions(string body, Markdig.MarkdownPipeline pipeline) =>
        Markdig.Markdown.Parse(body, pipeline).Descendants().Select(n => $"{n.GetType().Name} {n.Line}:{n.Column} {n.Span}").ToList();

    [Fact]
    public void A_body_with_a_pipe_parses_with_tables()
    {
        const string body = "| a | b |\n|---|---|\n| 1 | 2 |\n";

        Assert.Same(MarkdownPipelineFactory.Pipeline, MarkdownPipelineFactory.ForParsing(MarkdownPipelineFactory.Pipeline, body));
        Assert.Contains("<table>", MarkdownRenderer.Render(body, "content/posts/x.md", 1, new NoLinks(), new()).Html.ToString());
    }

    [Fact]
    public void Every_typography_setting_has_its_twin()
    {
        foreach (var (smarty, raw) in new[] { (true, true), (false, true), (true, false), (false, false) })
        {
            var pipeline = MarkdownPipelineFactory.For(new SalesForDevs.Configuration.TypographyConfig(smarty), new SalesForDevs.Configuration.MarkdownConfig(raw));
            Assert.NotSame(pipeline, MarkdownPipelineFactory.ForParsing(pipeline, "no pipe"));
        }
    }

    private static string Render(string body, Markdig.MarkdownPipeline parse, Markdig.MarkdownPipeline render)
    {
        var document = Markdig.Markdown.Parse(body, parse);
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        render.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private sealed class NoLinks : ILinkResolver
    {
        public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment) => new LinkTarget.Missing("none");

        public string RootRelative(string url) => url;
    }
}
