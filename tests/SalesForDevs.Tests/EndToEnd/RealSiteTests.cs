using AngleSharp.Html.Parser;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>Builds the repository's own site (site.yml + content/) once and checks the result as a reader's browser would see it.</summary>
public sealed class RealSiteFixture : IDisposable
{
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "sfd-real-" + Guid.NewGuid().ToString("N"));
    internal BuildResult Result { get; }
    public string BasePath { get; } = "/SalesForDevs/";
    public DateTimeOffset Now { get; } = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    public RealSiteFixture()
    {
        Result = SiteBuilder.Build(RepoPaths.Root, Output, new BuildOptions { Now = Now });
    }

    public void Dispose()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
    }
}

public sealed class RealSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Fact]
    public void Every_post_has_a_page_with_its_title_date_and_tags()
    {
        var posts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "content", "posts"), "*.md");
        Assert.Equal(10, posts.Length);
        foreach (var file in posts)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var (year, month, slug) = (name[..4], name[5..7], name[11..]);
            var page = Path.Combine(site.Output, year, month, slug, "index.html");
            Assert.True(File.Exists(page), $"missing page for {name}");
            var document = Parser.ParseDocument(File.ReadAllText(page));
            var title = document.QuerySelector("h1.post-title")?.TextContent;
            Assert.False(string.IsNullOrWhiteSpace(title), $"{name} has no title");
            Assert.Contains(title!, document.Title);
            var time = document.QuerySelector("time.dt-published");
            Assert.NotNull(time);
            Assert.StartsWith(name[..10], time.GetAttribute("datetime"));
            Assert.NotEmpty(document.QuerySelectorAll("ul.tags a[rel=tag]"));
        }
    }

    [Fact]
    public void Every_internal_link_and_asset_points_to_a_file_in_the_output()
    {
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                if (!url.StartsWith(site.BasePath, StringComparison.Ordinal))
                {
                    broken.Add($"{Path.GetRelativePath(site.Output, file)}: {url} is outside the base path");
                    continue;
                }
                var path = url[site.BasePath.Length..].Split('#', '?')[0];
                var target = Path.Combine(site.Output, Uri.UnescapeDataString(path));
                if (path.Length == 0 || path.EndsWith('/')) target = Path.Combine(target, "index.html");
                if (!File.Exists(target)) broken.Add($"{Path.GetRelativePath(site.Output, file)}: {url}");
            }
        }
        Assert.Empty(broken);
    }
}
