using SalesForDevs.Building;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Templates;

// Which theme a site gets: its own themes/NAME/ folder, else the one built into sfd (issue 12).
public sealed class ThemeLoaderTests
{
    private const string Site = """
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        -- content/posts/2026-01-05-hello.md --
        ---
        title: Hello
        date: 2026-01-05
        ---
        Hi.
        """;

    [Fact]
    public void A_site_without_a_themes_folder_builds_with_the_built_in_default_theme()
    {
        using var site = new TempSite(Site, copyTheme: false);

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<h1", site.Read("2026/01/hello/index.html"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.DefaultTheme, "assets", "css", "site.css")),
            File.ReadAllBytes(Path.Combine(site.Output, "assets", "css", "site.css")));
    }

    [Fact]
    public void The_built_in_theme_gives_the_same_site_as_the_theme_folder()
    {
        using var builtIn = new TempSite(Site, copyTheme: false);
        using var folder = new TempSite(Site, copyTheme: true);

        builtIn.Build();
        folder.Build();

        Assert.Equal(TempSite.Snapshot(folder.Output), TempSite.Snapshot(builtIn.Output));
    }

    [Fact]
    public void The_site_layouts_folder_overrides_a_built_in_file()
    {
        using var site = new TempSite(Site + """
            -- layouts/partials/footer.scriban --
            <footer>My own footer</footer>
            """, copyTheme: false);

        Assert.Empty(site.Build().Diagnostics);

        Assert.Contains("<footer>My own footer</footer>", site.Read("2026/01/hello/index.html"));
    }

    [Fact]
    public void A_themes_folder_of_the_same_name_wins_over_the_built_in_theme()
    {
        using var site = new TempSite(Site, copyTheme: true);
        File.AppendAllText(Path.Combine(site.Root, "themes", "default", "layouts", "post.scriban"), "<!-- from the folder -->\n");

        Assert.Empty(site.Build().Diagnostics);

        Assert.Contains("<!-- from the folder -->", site.Read("2026/01/hello/index.html"));
        var theme = ThemeLoader.Load(site.Root, "default", new DiagnosticBag())!;
        Assert.Equal(Path.Combine(site.Root, "themes", "default"), theme.Files.Directory);
        Assert.Equal("themes/default/layouts/post.scriban", theme.Find("post")!.SourcePath);
    }

    [Fact]
    public void Built_in_templates_are_named_as_built_in_in_messages()
    {
        using var site = new TempSite(Site, copyTheme: false);

        var theme = ThemeLoader.Load(site.Root, "default", new DiagnosticBag())!;

        Assert.Null(theme.Files.Directory);
        Assert.Equal("(built-in)/themes/default/layouts/post.scriban", theme.Find("post")!.SourcePath);
    }

    [Fact]
    public void An_unknown_theme_names_the_folders_and_the_built_in_themes()
    {
        using var site = new TempSite(Site.Replace("title: Test\n", "title: Test\ntheme: fancy\n"), copyTheme: false);
        Directory.CreateDirectory(Path.Combine(site.Root, "themes", "plain"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("site.yml: error: theme `fancy` not found: there is no folder themes/fancy/ (themes here: plain; built into sfd: default)", error.ToString());
    }
}
