using System.Text.RegularExpressions;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// No page is ever cut by a template engine limit, and a template that never ends fails the build with one error
/// naming the template line and a page (issue 11, fault 3).
/// </summary>
public sealed partial class TemplateLimitTests
{
    private static readonly string Posts = string.Concat(Enumerable.Range(1, 8).Select(i => Post($"2026-01-{i:00}", $"post-{i}")));

    [Fact]
    public void A_post_over_a_megabyte_is_published_whole_and_check_finds_nothing_wrong()
    {
        // About 1.09 MB of base64, as an inline image makes, ending in a marker that must reach the page.
        var base64 = Convert.ToBase64String(Enumerable.Range(0, 820_000).Select(i => (byte)(i * 7)).ToArray());
        using var site = new TempSite(SiteYml + Post("2026-01-05", "big", body: $"![chart](data:image/png;base64,{base64})\n\nThe last words."));
        var build = CliInvocation.Run(site.Root, "build");
        Assert.True(build.ExitCode == 0, build.ToString());

        var html = site.Read("2026/01/big/index.html");
        Assert.True(html.Length > 1_080_000, $"the page has {html.Length} characters");
        Assert.Contains(base64, html);
        Assert.Contains("The last words.", html);
        Assert.EndsWith("</html>\n", html);
        var check = CliInvocation.Run(site.Root, "check");
        Assert.DoesNotContain("cut short", check.Out + check.Error);
    }

    [Fact]
    public void Check_reports_a_page_that_stops_before_its_closing_html_tag()
    {
        using var site = new TempSite(SiteYml + Posts);
        Assert.Equal(0, CliInvocation.Run(site.Root, "build").ExitCode);
        var page = Path.Combine(site.Output, "2026", "01", "post-3", "index.html");
        var text = File.ReadAllText(page);
        File.WriteAllText(page, text[..text.IndexOf("</main>", StringComparison.Ordinal)] + "...");

        var check = CliInvocation.Run(site.Root, "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("2026/01/post-3/index.html: error: the page ends before </html>: it was cut short", check.Out + check.Error);
    }

    [Fact]
    public void An_endless_loop_is_one_error_at_its_line_naming_a_page()
    {
        using var site = new TempSite(SiteYml + Posts);
        site.Write("layouts/post.scriban", "<article>\n{{ while true }}{{ end }}\n{{ content }}</article>\n");
        var build = CliInvocation.Run(site.Root, "build");

        Assert.Equal(1, build.ExitCode);
        var errors = ErrorLines(build.Error);
        var error = Assert.Single(errors);
        Assert.Matches(@"^layouts/post\.scriban:2:4: error: this loop ran more than [\d,]+ times on one page, the limit for a site this size; does it ever end\? .*\(while rendering content/posts/2026-01-0\d-post-\d\.md; the other pages were not rendered\)$", error);
        Assert.False(Directory.Exists(site.Output));
        Assert.DoesNotContain("   at ", build.Error);
    }

    [Fact]
    public void A_recursive_include_names_the_include_chain_once()
    {
        using var site = new TempSite(SiteYml + Posts);
        site.Write("layouts/post.scriban", "<article>\n{{ include \"partials/outer\" }}\n{{ content }}</article>\n");
        site.Write("layouts/partials/outer.scriban", "<div>{{ include \"partials/inner\" }}</div>\n");
        site.Write("layouts/partials/inner.scriban", "<p>\n  {{ include \"partials/outer\" }}</p>\n");
        var build = CliInvocation.Run(site.Root, "build");

        Assert.Equal(1, build.ExitCode);
        var error = Assert.Single(ErrorLines(build.Error));
        Assert.StartsWith("layouts/partials/inner.scriban:2:6: error: include cycle: post -> partials/outer -> partials/inner -> partials/outer; " +
            "`partials/outer` is included again inside itself", error);
        Assert.Contains("(while rendering content/posts/", error);
    }

    [Fact]
    public void An_include_that_ends_is_not_a_cycle()
    {
        using var site = new TempSite(SiteYml + Posts);
        site.Write("layouts/post.scriban", "<article>{{ depth = 0 }}{{ include \"partials/count\" }}{{ content }}</article>\n");
        site.Write("layouts/partials/count.scriban", "{{ depth = depth + 1 }}<i>{{ depth }}</i>{{ if depth < 5 }}{{ include \"partials/count\" }}{{ end }}");
        var build = CliInvocation.Run(site.Root, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("<i>1</i><i>2</i><i>3</i><i>4</i><i>5</i>", site.Read("2026/01/post-1/index.html"));
    }

    [Fact]
    public void A_mistake_in_the_base_layout_is_reported_once_for_all_pages()
    {
        using var site = new TempSite(SiteYml + Posts);
        site.Write("layouts/base.scriban", "<html>{{ page.subtitle }}{{ content }}</html>\n");
        var build = CliInvocation.Run(site.Root, "build");

        Assert.Equal(1, build.ExitCode);
        var error = Assert.Single(ErrorLines(build.Error));
        Assert.Matches(@"^layouts/base\.scriban:1:15: error: Cannot get member with name subtitle\. \(while rendering 404\.html and \d+ other pages\)$", error);
    }

    private static List<string> ErrorLines(string stderr) =>
        stderr.Split('\n').Where(l => ErrorLine().IsMatch(l)).ToList();

    [GeneratedRegex(@"^\S+:\d+:\d+: error: ")]
    private static partial Regex ErrorLine();
}
