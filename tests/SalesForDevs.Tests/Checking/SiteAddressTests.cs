using SalesForDevs.Checking;

namespace SalesForDevs.Tests.Checking;

public sealed class SiteAddressTests
{
    private readonly SiteAddress _address = new(new Uri("https://example.github.io/blog/"));

    [Theory]
    [InlineData("index.html", "https://example.github.io/blog/")]
    [InlineData("2026/01/x/index.html", "https://example.github.io/blog/2026/01/x/")]
    [InlineData("404.html", "https://example.github.io/blog/404.html")]
    public void Pages_are_served_at_their_folder(string path, string url) =>
        Assert.Equal(url, _address.UrlOf(path).ToString());

    [Theory]
    [InlineData("2026/01/x/index.html", "/blog/about/", "about/")]
    [InlineData("2026/01/x/index.html", "../y/", "2026/01/y/")]
    [InlineData("2026/01/x/index.html", "https://example.github.io/blog/tags/", "tags/")]
    [InlineData("2026/01/x/index.html", "http://example.github.io/blog/tags/", "tags/")]
    [InlineData("index.html", "/blog", "")]
    [InlineData("index.html", "assets/a%20b.css", "assets/a b.css")]
    public void Links_inside_the_base_path_resolve_to_output_paths(string page, string href, string path)
    {
        var link = _address.Resolve(page, href);
        Assert.Equal(ResolvedLinkKind.Internal, link.Kind);
        Assert.Equal(path, link.Path);
    }

    [Fact]
    public void Fragments_are_kept_unescaped()
    {
        var link = _address.Resolve("about/index.html", "#caf%C3%A9");
        Assert.Equal(("about/", "café"), (link.Path, link.Fragment));
    }

    [Theory]
    [InlineData("/about/")]
    [InlineData("../../about/")]
    [InlineData("https://example.github.io/other/")]
    public void Site_root_links_without_the_base_path_leave_the_site(string href) =>
        Assert.Equal(ResolvedLinkKind.OutsideBasePath, _address.Resolve("about/index.html", href).Kind);

    [Theory]
    [InlineData("https://github.com/x#readme", "External")]
    [InlineData("https://example.github.io:8443/blog/", "External")]
    [InlineData("//cdn.example.com/x.js", "External")]
    [InlineData("mailto:me@example.com", "Ignored")]
    [InlineData("data:image/png;base64,AAAA", "Ignored")]
    [InlineData("", "Ignored")]
    [InlineData("http://[bad", "Invalid")]
    public void Other_links_are_told_apart(string href, string kind) =>
        Assert.Equal(Enum.Parse<ResolvedLinkKind>(kind), _address.Resolve("index.html", href).Kind);

    [Fact]
    public void External_urls_drop_the_fragment() =>
        Assert.Equal("https://github.com/x", _address.Resolve("index.html", "https://github.com/x#readme").Url);
}
