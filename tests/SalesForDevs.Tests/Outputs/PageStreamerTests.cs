using System.Text;
using SalesForDevs.Building;
using SalesForDevs.Diagnostics;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs;

// A first build renders its pages straight to UTF-8; every other build renders them to strings.
public sealed class PageStreamerTests
{
    private const string Site = """
        -- site.yml --
        title: "Streams \u0001 and strings"
        base_url: https://example.github.io/blog/
        -- content/posts/2026-01-05-one.md --
        ---
        title: "One \u0002 with a control character"
        tags: [a, b]
        ---
        Body with é, “quotes” and an emoji 😀.

        ## A heading
        -- content/posts/2026-01-06-two.md --
        ---
        title: Two
        tags: [b]
        ---
        Second body.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        """;

    [Fact]
    public void A_first_build_writes_the_bytes_of_the_pages_rendered_as_strings()
    {
        using var site = new TempSite(Site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var diagnostics = new DiagnosticBag();
        var rendered = SiteBuilder.Render(site.Root, new BuildOptions { Now = TempSite.Now }, diagnostics);
        Assert.NotNull(rendered);
        var pages = rendered.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Text is not null).ToList();
        Assert.True(pages.Count >= 8, $"only {pages.Count} pages");
        var written = TempSite.Snapshot(site.Output);
        foreach (var page in pages) Assert.Equal(Encoding.UTF8.GetString(written[page.Path]), page.Text);
        Assert.DoesNotContain('\u0002', site.Read("2026/01/one/index.html"));
        Assert.Contains("One  with a control character", site.Read("2026/01/one/index.html"));
    }
}
