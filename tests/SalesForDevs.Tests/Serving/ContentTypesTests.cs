using SalesForDevs.Serving;

namespace SalesForDevs.Tests.Serving;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/css/site.css", "text/css; charset=utf-8")]
    [InlineData("assets/site.js", "text/javascript; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("tags/sales/atom.xml", "application/xml; charset=utf-8")]
    [InlineData("feed.json", "application/json; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData(".nojekyll", "text/plain; charset=utf-8")]
    [InlineData("CNAME", "text/plain; charset=utf-8")]
    [InlineData("assets/favicon.svg", "image/svg+xml")]
    [InlineData("images/photo.png", "image/png")]
    [InlineData("images/photo.JPG", "image/jpeg")]
    [InlineData("fonts/body.woff2", "font/woff2")]
    [InlineData("files/unknown.zzz", "application/octet-stream")]
    public void Output_files_get_the_content_type_a_browser_expects(string path, string expected)
    {
        Assert.Equal(expected, ContentTypes.For(path));
    }
}
