using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Building;

/// <summary>
/// A first build writes its pages to the staging folder while they render (issue 14): it must give the same site as
/// a build that compares with an existing output, and a failure part-way must leave nothing behind.
/// </summary>
public sealed class FirstBuildTests
{
    private static string Posts(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => Post($"2026-01-{i % 28 + 1:00}", $"post-{i:000}", "tags: [a, b]", $"Body of post {i}.")));

    [Fact]
    public void A_first_build_and_a_build_over_an_older_output_give_the_same_bytes()
    {
        using var site = new TempSite(SiteYml + Posts(60));
        Assert.True(site.Build().Succeeded);
        var first = TempSite.Snapshot(site.Output);

        // Over an output sfd built, with one file edited: the usual comparison runs and puts the page back.
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "edited");
        var again = site.Build();

        Assert.True(again.Succeeded);
        Assert.Equal(1, again.Written);
        Assert.Equal(first, TempSite.Snapshot(site.Output));
    }

    [Fact]
    public void A_first_build_that_fails_after_pages_were_written_leaves_no_output_and_no_staging()
    {
        using var site = new TempSite(SiteYml + Posts(60));
        var layout = Path.Combine(site.Root, "themes", "default", "layouts", "post.scriban");
        File.WriteAllText(layout, "{{ if page.title == \"Post 060\" }}{{ no_such_variable.x }}{{ end }}" + File.ReadAllText(layout));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("no_such_variable", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal([], Directory.GetFileSystemEntries(site.Root, ".sfd-staging-*"));
    }
}
