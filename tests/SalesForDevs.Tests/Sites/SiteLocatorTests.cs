using SalesForDevs.Sites;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Sites;

public sealed class SiteLocatorTests : IDisposable
{
    private readonly TempSite _site = new("-- site.yml --\ntitle: T\nbase_url: https://example.com/\n-- content/posts/2026-01-05-a.md --\n---\ntitle: A\n---\nA.\n", copyTheme: false);

    [Fact]
    public void Finds_the_nearest_folder_with_site_yml_upwards()
    {
        Assert.Equal(_site.Root, SiteLocator.Find(null, Path.Combine(_site.Root, "content", "posts")));
        Assert.Equal(_site.Root, SiteLocator.Find(null, _site.Root));
    }

    [Fact]
    public void A_source_folder_wins_and_is_taken_from_the_current_folder()
    {
        Assert.Equal(Path.Combine(_site.Root, "content"), SiteLocator.Find("content", _site.Root));
    }

    [Fact]
    public void No_site_yml_anywhere_above_gives_null()
    {
        var root = Path.GetPathRoot(_site.Root)!;
        Assume(!File.Exists(Path.Combine(root, "site.yml")));
        Assert.Null(SiteLocator.Find(null, root));
    }

    private static void Assume(bool condition) => Assert.True(condition, "a site.yml at the file system root would make this test meaningless");

    public void Dispose() => _site.Dispose();
}
