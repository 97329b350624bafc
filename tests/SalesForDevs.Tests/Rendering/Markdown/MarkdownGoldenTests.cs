using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown;

/// <summary>
/// Markdown golden pairs in Markdig's style: Golden/Markdown/NAME.md renders to NAME.html through the build's pipeline
/// and our extensions (heading anchors, links to content files, image sizes, typography, highlighting). A page with a
/// table of contents has it after the body, below a <c>&lt;!-- toc --&gt;</c> line.
/// </summary>
public sealed class MarkdownGoldenTests
{
    private static readonly string Folder = Path.Combine(Golden.Folder, "Markdown");

    /// <summary>The site the pairs are written in: served under /blog/, with a published, a future and a draft post.</summary>
    private sealed class GoldenSiteLinks : ILinkResolver
    {
        public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment) => path switch
        {
            "2026-01-05-first.md" => new LinkTarget.Page("/blog/2026/01/first/" + (fragment is null ? "" : "#" + fragment)),
            "2026-03-01-later.md" => new LinkTarget.Promise("Later", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), "(coming soon)", "Coming on March 1, 2026: Later"),
            "2026-02-01-draft.md" => new LinkTarget.Hidden(),
            _ => new LinkTarget.Missing($"no content file {path}"),
        };

        public string RootRelative(string url) => "/blog" + url;

        public string? ImageFile(string fromSourcePath, string url) =>
            url.StartsWith("/images/", StringComparison.Ordinal) ? Path.Combine(Folder, url.TrimStart('/')) : null;
    }

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Markdown_renders_as_its_golden_html(string name)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = MarkdownRenderer.Render(File.ReadAllText(Path.Combine(Folder, name + ".md")), $"content/posts/{name}.md", 1, new GoldenSiteLinks(), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var html = rendered.Html.ToString();
        var actual = rendered.TocHtml.Length == 0 ? html : html + "<!-- toc -->\n" + rendered.TocHtml;
        Golden.Match(Path.Combine(Folder, name + ".html"), actual);
    }
}
