using System.Text.Json;
using AngleSharp.Html.Parser;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Outputs.Shortcodes;

/// <summary>
/// Each case in Golden/Shortcodes/NNN-name.site adds files to a small site with a series, among them the post
/// content/posts/2026-02-01-case.md (or the folder 2026-02-01-case/). Its page body and its feed entry must match
/// NNN-name.html, so every shipped shortcode is pinned as a page and as a feed shows it (issue 18).
/// </summary>
public sealed class ShortcodeGoldenTests
{
    private const string Base = SiteYml + """
        -- content/posts/2026-01-05-base.md --
        ---
        title: Base
        series: guide
        section: strategy
        ---
        The strategy.
        -- content/posts/2026-01-20-practice.md --
        ---
        title: Practice
        series: guide
        section: tactics
        builds_on: [base]
        ---
        The tactics.
        -- content/posts/2026-09-01-later.md --
        ---
        title: Later
        series: guide
        section: tactics
        ---
        Still to come.

        """;

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Path.Combine(Golden.Folder, "Shortcodes"), "*.site").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Page_and_feed_output_match_the_golden_file(string name)
    {
        var folder = Path.Combine(Golden.Folder, "Shortcodes");
        using var site = new TempSite(Base + File.ReadAllText(Path.Combine(folder, name + ".site")));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => !d.ToString().Contains("is a promise not kept yet", StringComparison.Ordinal));

        var page = new HtmlParser().ParseDocument(site.Read("2026/02/case/index.html")).QuerySelector(".post-content")!.InnerHtml.Trim();
        using var feed = JsonDocument.Parse(site.Read("feed.json"));
        var entry = feed.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("url").GetString()!.EndsWith("/2026/02/case/", StringComparison.Ordinal))
            .GetProperty("content_html").GetString()!.Trim();
        Golden.Match(Path.Combine(folder, name + ".html"), $"-- page --\n{page}\n-- feed --\n{entry}\n");
    }
}
