using SalesForDevs.Serving;

namespace SalesForDevs.Tests.Serving;

public sealed class SiteWatcherTests
{
    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("content/posts/2026-01-05-hello.md", true)]
    [InlineData("content/static/images/a.png", true)]
    [InlineData("themes/default/layouts/post.scriban", true)]
    [InlineData("layouts/base.scriban", true)]
    [InlineData("content", true)]
    [InlineData("_site/index.html", false)]
    [InlineData(".git/index", false)]
    [InlineData("README.md", false)]
    [InlineData("src/SalesForDevs/Serving/SiteServer.cs", false)]
    [InlineData("contents/x.md", false)]
    [InlineData("content/posts/.2026-01-05-hello.md.swp", false)]
    [InlineData("content/posts/2026-01-05-hello.md~", false)]
    [InlineData("content/posts/.#2026-01-05-hello.md", false)]
    [InlineData("content/posts/4913", false)]
    public void Only_files_a_build_reads_trigger_a_rebuild(string path, bool expected)
    {
        Assert.Equal(expected, SiteWatcher.IsWatched(path));
    }
}
