using SalesForDevs.Checking;

namespace SalesForDevs.Tests.Checking;

public sealed class PageScannerTests
{
    [Fact]
    public void Finds_ids_and_every_kind_of_link()
    {
        var page = PageScanner.Scan("a/index.html", """
            <!DOCTYPE html><html><head>
            <link rel="stylesheet" href="/s.css"><link rel="alternate" href="/feed.xml"><link rel="preconnect" href="https://fonts.test">
            <script src="/j.js"></script></head>
            <body><h2 id="one">One</h2><a name="two"></a><a href="/b/">b</a>
            <img src="/i.png" srcset="/i2.png 2x, /i3.png 3x"><iframe src="/f.html"></iframe><form action="https://x.test/"></form></body></html>
            """);

        Assert.Equal(["one", "two"], page.Ids.Order());
        Assert.Equal(
        [
            new FoundLink("/s.css", LinkKind.Stylesheet), new FoundLink("/feed.xml", LinkKind.Resource), new FoundLink("/j.js", LinkKind.Script),
            new FoundLink("/b/", LinkKind.Link), new FoundLink("/i.png", LinkKind.Image), new FoundLink("/i2.png", LinkKind.Image),
            new FoundLink("/i3.png", LinkKind.Image), new FoundLink("/f.html", LinkKind.Frame),
        ], page.Links);
    }
}
