using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>sfd serve keeps the parsed theme while none of its files changed (issue 14).</summary>
public sealed class ThemeCacheTests
{
    private static Theme Load(ThemeCache cache, TempSite site, IReadOnlySet<string>? changed, string name = "default")
    {
        cache.StartBuild(changed);
        var diagnostics = new DiagnosticBag();
        var theme = cache.LoadTheme(site.Root, name, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return theme!;
    }

    [Theory]
    [InlineData("content/posts/2026-01-01-a.md")]
    [InlineData("site.yml")]
    [InlineData("content/static/site.css")]
    [InlineData("i18n/en.yml")]
    [InlineData("layouts-old/post.scriban")]
    public void Edits_outside_the_theme_keep_it(string path)
    {
        using var site = new TempSite(SiteFiles.SiteYml);
        var cache = new ThemeCache();
        var first = Load(cache, site, changed: null);
        Assert.False(cache.Reused);

        var second = Load(cache, site, new HashSet<string> { path });

        Assert.True(cache.Reused);
        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("themes/default/layouts/post.scriban")]
    [InlineData("themes/default")]
    [InlineData("layouts/partials/footer.scriban")]
    [InlineData("shortcodes/note.scriban")]
    public void An_edit_of_the_themes_files_parses_it_again(string path)
    {
        using var site = new TempSite(SiteFiles.SiteYml);
        var cache = new ThemeCache();
        var first = Load(cache, site, changed: null);

        site.Write("layouts/partials/footer.scriban", "<footer>changed</footer>\n");
        var second = Load(cache, site, new HashSet<string> { path });

        Assert.False(cache.Reused);
        Assert.NotSame(first, second);
        Assert.Equal("<footer>changed</footer>\n", second.Find("partials/footer")!.Source);
    }

    [Fact]
    public void Unknown_changes_or_another_theme_name_parse_it_again()
    {
        using var site = new TempSite(SiteFiles.SiteYml);
        TempSite.CopyDirectory(Path.Combine(site.Root, "themes", "default"), Path.Combine(site.Root, "themes", "other"));
        var cache = new ThemeCache();
        var first = Load(cache, site, changed: null);

        Assert.NotSame(first, Load(cache, site, changed: null));
        Assert.False(cache.Reused);
        var other = Load(cache, site, new HashSet<string>(), name: "other");
        Assert.False(cache.Reused);
        Assert.Equal("other", other.Name);
    }

    [Fact]
    public void A_theme_with_an_error_is_not_kept()
    {
        using var site = new TempSite(SiteFiles.SiteYml);
        site.Write("layouts/broken.scriban", "{{ if }}\n");
        var cache = new ThemeCache();
        cache.StartBuild(null);
        var diagnostics = new DiagnosticBag();
        cache.LoadTheme(site.Root, "default", diagnostics);
        Assert.True(diagnostics.HasErrors);

        cache.StartBuild(new HashSet<string>());
        var again = new DiagnosticBag();
        cache.LoadTheme(site.Root, "default", again);
        Assert.False(cache.Reused);
        Assert.True(again.HasErrors);
    }
}
