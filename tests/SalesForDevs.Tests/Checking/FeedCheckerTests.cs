using SalesForDevs.Checking;

namespace SalesForDevs.Tests.Checking;

public sealed class FeedCheckerTests
{
    private static (string? Error, List<FoundLink> Links) Check(string path, string text)
    {
        var links = new List<FoundLink>();
        return (FeedChecker.Check(path, text, links), links);
    }

    [Fact]
    public void A_sound_rss_feed_passes_and_gives_its_entry_links()
    {
        var (error, links) = Check("feed.xml", "<rss version=\"2.0\"><channel><title>t</title><item><link>https://x.test/a/</link></item></channel></rss>");
        Assert.Null(error);
        Assert.Equal([new FoundLink("https://x.test/a/", LinkKind.FeedItem)], links);
    }

    [Fact]
    public void A_sound_atom_feed_passes_and_gives_its_alternate_links()
    {
        var (error, links) = Check("tags/x/atom.xml", """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="https://x.test/self"/><link href="https://x.test/a/"/></entry></feed>
            """);
        Assert.Null(error);
        Assert.Equal("https://x.test/a/", Assert.Single(links).Url);
    }

    [Fact]
    public void A_sound_json_feed_passes()
    {
        var (error, links) = Check("feed.json", """{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"https://x.test/a/"}]}""");
        Assert.Null(error);
        Assert.Equal("https://x.test/a/", Assert.Single(links).Url);
    }

    [Theory]
    [InlineData("feed.xml", "<rss><channel>", "not well-formed XML")]
    [InlineData("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "an RSS feed needs an <rss> root element")]
    [InlineData("feed.xml", "<rss version=\"2.0\"/>", "an RSS feed needs an <rss> root element with a <channel>")]
    [InlineData("atom.xml", "<feed/>", "an Atom feed needs a <feed> root element in the namespace http://www.w3.org/2005/Atom")]
    [InlineData("feed.json", "{\"version\":", "not valid JSON")]
    [InlineData("feed.json", "[]", "must be a JSON object")]
    [InlineData("feed.json", "{\"title\":\"t\",\"items\":[]}", "needs \"version\"")]
    [InlineData("feed.json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\"}", "needs an \"items\" array")]
    [InlineData("feed.json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[{}]}", "needs an \"id\"")]
    public void A_broken_feed_says_what_is_wrong(string path, string text, string expected)
    {
        var (error, _) = Check(path, text);
        Assert.NotNull(error);
        Assert.Contains(expected, error);
    }
}
