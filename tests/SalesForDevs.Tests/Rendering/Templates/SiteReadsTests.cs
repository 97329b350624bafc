using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// The members of <c>site</c> a theme reads, from its parsed templates: sfd serve keeps pages while those are the same
/// (issue 14: a new post's title in site.recent_posts must not re-render every page of a theme that never shows it).
/// </summary>
public sealed class SiteReadsTests
{
    private static IReadOnlySet<string>? Reads(params (string Name, string Text)[] layouts)
    {
        using var site = new TempSite(SiteYml);
        foreach (var (name, text) in layouts) site.Write($"layouts/{name}.scriban", text);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(site.Root, "default", diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        return SiteReads.Of(theme);
    }

    [Fact]
    public void The_default_theme_reads_its_settings_but_not_the_lists_posts_fill_in()
    {
        var reads = Reads();
        Assert.NotNull(reads);
        Assert.Contains("title", reads);
        Assert.Contains("series", reads);
        Assert.Contains("series_starts", reads);
        Assert.DoesNotContain("recent_posts", reads);
        Assert.DoesNotContain("tags", reads);
        Assert.DoesNotContain("authors", reads);
    }

    [Fact]
    public void A_member_read_anywhere_counts_in_loops_and_pipes_too()
    {
        var reads = Reads(("partials/footer", "{{ for p in site.recent_posts }}{{ p.title }}{{ end }}{{ site.tags | array.size }}"));
        Assert.NotNull(reads);
        Assert.Contains("recent_posts", reads);
        Assert.Contains("tags", reads);
    }

    [Fact]
    public void A_member_of_something_else_named_site_is_not_a_read_of_site()
    {
        var reads = Reads(("partials/footer", "{{ page.params.site }}{{ t \"email_subscribed\" {site: \"x\"} }}"));
        Assert.NotNull(reads);
        Assert.DoesNotContain("params", reads);
    }

    [Theory]
    [InlineData("{{ s = site }}{{ s.recent_posts | array.size }}")]
    [InlineData("{{ site[\"recent_posts\"] | array.size }}")]
    [InlineData("{{ site | object.keys | array.join \",\" }}")]
    public void Site_used_as_a_whole_may_read_anything(string footer)
    {
        Assert.Null(Reads(("partials/footer", footer)));
    }
}
