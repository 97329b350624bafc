using SalesForDevs.Linking;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>The helpers themes call, with the examples their comments give.</summary>
public sealed class TemplateFunctionsTests
{
    private static readonly UrlBuilder Urls = new(new Uri("https://example.github.io/SalesForDevs/"));

    [Theory]
    [InlineData("/assets/site.css", "/SalesForDevs/assets/site.css")]
    [InlineData("assets/site.css", "/SalesForDevs/assets/site.css")]
    [InlineData("/SalesForDevs/2026/01/the-ask/", "/SalesForDevs/2026/01/the-ask/")]
    [InlineData("", "/SalesForDevs/")]
    [InlineData("https://example.org/x", "https://example.org/x")]
    [InlineData("#top", "#top")]
    public void Relative_url_adds_the_base_path_once(string path, string expected) =>
        Assert.Equal(expected, TemplateFunctions.RelativeUrl(Urls, path));

    [Theory]
    [InlineData("/feed.xml", "https://example.github.io/SalesForDevs/feed.xml")]
    [InlineData("/SalesForDevs/about/", "https://example.github.io/SalesForDevs/about/")]
    [InlineData("mailto:a@example.com", "mailto:a@example.com")]
    public void Absolute_url_gives_scheme_host_and_base_path(string path, string expected) =>
        Assert.Equal(expected, TemplateFunctions.AbsoluteUrl(Urls, path));

    [Fact]
    public void Format_date_uses_the_names_of_the_language() =>
        Assert.Equal("Monday 12 January 2026", SalesForDevs.Languages.Translations.English.Date(new DateTime(2026, 1, 12), "dddd d MMMM yyyy"));

    [Theory]
    [InlineData(0, "1 min read")]
    [InlineData(1000, "4 min read")]
    [InlineData(2300, "10 min read")]
    public void Reading_time_rounds_to_whole_minutes(int words, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ReadingTime(SalesForDevs.Languages.Translations.English, words));

    [Fact]
    public void Themes_call_the_helpers_by_their_snake_case_names()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "a")
            + "-- layouts/404.scriban --\n<p>{{ relative_url page.url }}|{{ absolute_url \"/x/\" }}|{{ format_date page.date \"yyyy\" }}|{{ reading_time 460 }}</p>\n");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("<p>/blog/404.html|https://example.github.io/blog/x/||2 min read</p>", site.Read("404.html"));
    }
}
