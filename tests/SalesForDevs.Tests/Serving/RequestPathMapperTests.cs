using SalesForDevs.Serving;

namespace SalesForDevs.Tests.Serving;

public sealed class RequestPathMapperTests
{
    private static readonly HashSet<string> Files =
    [
        "index.html", "404.html", "feed.xml", "2026/01/hello/index.html", "assets/css/site.css", "page/2/index.html", "notes.txt",
    ];

    private static SiteRoute Map(string path, string basePath = "/blog/", string query = "") =>
        RequestPathMapper.Map(path, basePath, Files.Contains, query);

    [Theory]
    [InlineData("/blog/", "index.html")]
    [InlineData("/blog/feed.xml", "feed.xml")]
    [InlineData("/blog/2026/01/hello/", "2026/01/hello/index.html")]
    [InlineData("/blog/2026/01/hello/index.html", "2026/01/hello/index.html")]
    [InlineData("/blog/assets/css/site.css", "assets/css/site.css")]
    [InlineData("/blog/page/2/", "page/2/index.html")]
    public void Paths_under_the_sub_path_map_to_output_files(string path, string file)
    {
        Assert.Equal(new SiteRoute.File(file), Map(path));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/blog")]
    public void The_root_and_the_bare_sub_path_redirect_to_the_site(string path)
    {
        Assert.Equal(new SiteRoute.Redirect("/blog/"), Map(path));
    }

    [Fact]
    public void A_folder_without_its_slash_redirects_to_it_keeping_the_query()
    {
        Assert.Equal(new SiteRoute.Redirect("/blog/2026/01/hello/?x=1"), Map("/blog/2026/01/hello", query: "?x=1"));
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/feed.xml")]
    [InlineData("/2026/01/hello/")]
    [InlineData("/other/")]
    [InlineData("/blogger/")]
    public void Paths_outside_the_sub_path_are_not_found(string path)
    {
        Assert.IsType<SiteRoute.NotFound>(Map(path));
    }

    [Theory]
    [InlineData("/blog/missing.html")]
    [InlineData("/blog/2026/01/")]
    [InlineData("/blog/2026/01/other/")]
    [InlineData("/blog/feed.xml/")]
    [InlineData("/blog/../blog/index.html")]
    [InlineData("/blog/2026/../index.html")]
    [InlineData("/blog/./index.html")]
    [InlineData("/blog//index.html")]
    [InlineData("/blog/assets\\css\\site.css")]
    public void Missing_and_unsafe_paths_are_not_found(string path)
    {
        Assert.IsType<SiteRoute.NotFound>(Map(path));
    }

    [Fact]
    public void A_site_at_the_root_serves_from_the_root()
    {
        Assert.Equal(new SiteRoute.File("index.html"), Map("/", "/"));
        Assert.Equal(new SiteRoute.File("feed.xml"), Map("/feed.xml", "/"));
        Assert.Equal(new SiteRoute.Redirect("/2026/01/hello/"), Map("/2026/01/hello", "/"));
        Assert.IsType<SiteRoute.NotFound>(Map("/blog/", "/"));
    }
}
