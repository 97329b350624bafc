using SalesForDevs.Content;

namespace SalesForDevs.Tests.Content;

// sfd runs wherever .NET 10 runs: site paths use '/', file-system paths the OS's separator (issue 12).
public sealed class SitePathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "site", "themes", "default");

    [Fact]
    public void A_theme_path_becomes_a_path_built_with_the_os_separator()
    {
        var path = SitePaths.ToFileSystem(Root, "layouts/partials/head.scriban");

        Assert.Equal(Path.Combine(Root, "layouts", "partials", "head.scriban"), path);
        Assert.Equal(Root + Path.DirectorySeparatorChar + "layouts" + Path.DirectorySeparatorChar + "partials" + Path.DirectorySeparatorChar + "head.scriban", path);
    }

    [Theory]
    [InlineData("layouts/post.scriban", "layouts/post.scriban")]
    [InlineData(@"layouts\partials\head.scriban", "layouts/partials/head.scriban")]
    [InlineData(@"assets\css/site.css", "assets/css/site.css")]
    public void Separators_of_either_kind_become_slashes(string path, string expected) =>
        Assert.Equal(expected, SitePaths.Normalize(path));

    [Fact]
    public void A_file_below_the_root_gets_its_slash_separated_theme_path()
    {
        var file = Path.Combine(Root, "assets", "css", "site.css");

        Assert.Equal("assets/css/site.css", SitePaths.FromFileSystem(Root)(file));
    }

    [Fact]
    public void Round_trips_between_theme_and_file_system_paths()
    {
        foreach (var themePath in new[] { "theme.yml", "layouts/404.scriban", "assets/img/a b/c.svg" })
            Assert.Equal(themePath, SitePaths.FromFileSystem(Root)(SitePaths.ToFileSystem(Root, themePath)));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("2026/01/hello/index.html")]
    [InlineData("/2026/01/hello/index.html")]
    [InlineData("2026//01/hello/")]
    [InlineData("a/.b/c../d")]
    public void A_clean_path_and_one_with_empty_segments_give_the_path_joined_from_its_segments(string path) =>
        Assert.Equal(Path.Combine([Root, .. path.Split('/', StringSplitOptions.RemoveEmptyEntries)]), SitePaths.ToFileSystem(Root, path));

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("layouts/../../x")]
    [InlineData("assets/./css/site.css")]
    public void A_path_that_leaves_the_theme_is_refused(string path) =>
        Assert.Throws<ArgumentException>(() => SitePaths.ToFileSystem(Root, path));

    [Theory]
    [InlineData("2026/01/hello/index.html", "2026/01/hello")]
    [InlineData("feed.xml", "")]
    [InlineData("assets/css/site.css", "assets/css")]
    public void The_folder_of_a_site_path_is_cut_at_the_last_slash(string path, string folder) =>
        Assert.Equal(folder, SitePaths.Folder(path));

    [Fact]
    public void An_output_path_becomes_nested_folders_not_a_file_name_with_slashes()
    {
        var path = SitePaths.ToFileSystem(Root, "2026/01/hello/index.html");

        Assert.Equal("index.html", Path.GetFileName(path));
        Assert.Equal(Path.Combine(Root, "2026", "01", "hello"), Path.GetDirectoryName(path));
    }
}
