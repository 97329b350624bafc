using SalesForDevs.Files;

namespace SalesForDevs.Tests.Files;

public sealed class RealPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sfd-realpath-").FullName;

    private string At(string path) => Path.Combine(_root, path);

    [Fact]
    public void A_link_on_the_way_is_followed_and_a_missing_tail_is_kept()
    {
        Directory.CreateDirectory(At("site/content"));
        File.CreateSymbolicLink(At("out"), At("site"));
        Assert.Equal(At("site/content"), RealPath.Resolve(At("out/content")));
        Assert.Equal(At("site/not/yet"), RealPath.Resolve(At("out/not/yet")));
    }

    [Fact]
    public void A_relative_link_with_dot_dot_is_resolved_from_where_the_link_is()
    {
        Directory.CreateDirectory(At("a/b"));
        Directory.CreateDirectory(At("c"));
        File.CreateSymbolicLink(At("a/b/up"), "../../c");
        Assert.Equal(At("c"), RealPath.Resolve(At("a/b/up")));
    }

    [Fact]
    public void A_chain_of_links_ends_where_the_last_one_points()
    {
        Directory.CreateDirectory(At("target"));
        File.CreateSymbolicLink(At("one"), At("two"));
        File.CreateSymbolicLink(At("two"), "target");
        Assert.Equal(At("target"), RealPath.Resolve(At("one")));
    }

    [Fact]
    public void A_loop_of_links_throws_a_loop_error()
    {
        File.CreateSymbolicLink(At("a"), At("b"));
        File.CreateSymbolicLink(At("b"), At("a"));
        Assert.Equal(At("a"), Assert.Throws<LinkLoopException>(() => RealPath.Resolve(At("a"))).LinkPath);
    }

    [Fact]
    public void A_link_to_the_root_resolves_to_the_root()
    {
        File.CreateSymbolicLink(At("root"), "/");
        Assert.Equal("/", RealPath.Resolve(At("root")));
        Assert.Equal("/etc", RealPath.Resolve(At("root/etc")));
    }

    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a", "/a", true)]
    [InlineData("/ab", "/a", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/x", "/", true)]
    public void Inside_compares_whole_segments(string path, string folder, bool inside) =>
        Assert.Equal(inside, RealPath.IsAtOrInside(path, folder));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
