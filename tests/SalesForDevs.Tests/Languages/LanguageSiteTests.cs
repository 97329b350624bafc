using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SalesForDevs.Tests.Outputs.Feeds;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Languages;

// Issue 16: languages, built end to end.
public sealed class LanguageSiteTests
{
    private static readonly HtmlParser Parser = new();

    private static string Site(string language) => SiteYml.Replace("paginate: 2", $"paginate: 2\nlanguage: {language}") +
        Post("2026-01-05", "erster", "tags: [vertrieb]\nseries: guide\nsection: strategy", "Bald: [der zweite](2026-07-01-zweiter.md).\n\n## Warum") +
        Post("2026-07-01", "zweiter", "series: guide\nsection: tactics");

    [Fact]
    public void A_german_site_writes_german_pages_and_feeds_that_say_so()
    {
        using var site = new TempSite(Site("de"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var post = Parser.ParseDocument(site.Read("2026/01/erster/index.html"));
        Assert.Equal("de", post.DocumentElement.GetAttribute("lang"));
        Assert.Equal("5. Januar 2026", post.QuerySelector("time.dt-published")!.TextContent);
        Assert.Equal("(demnächst)", post.QuerySelector(".post-content small.coming-soon")!.TextContent);
        Assert.Equal("Erscheint am 1. Juli 2026: Zweiter", post.QuerySelector(".post-content .promise")!.GetAttribute("title"));
        Assert.Equal("Link zum Abschnitt: Warum", post.QuerySelector(".heading-anchor")!.GetAttribute("aria-label"));
        Assert.Contains("1 Minute Lesezeit", post.QuerySelector(".post-meta")!.TextContent);
        Assert.Equal("Zum Inhalt springen", post.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("The Guide · Strategy · Teil 1 von 2", post.QuerySelector(".series-banner")!.TextContent);

        var tag = Parser.ParseDocument(site.Read("tags/vertrieb/index.html"));
        Assert.Equal("Beiträge mit dem Schlagwort „vertrieb“", tag.QuerySelector("h1")!.TextContent);

        Assert.Equal("de", XDocument.Parse(site.Read("feed.xml")).Root!.Element("channel")!.Element("language")!.Value);
        Assert.Equal("de", XDocument.Parse(site.Read("atom.xml")).Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("de", JsonDocument.Parse(site.Read("feed.json")).RootElement.GetProperty("language").GetString());
        Assert.Equal("Test Blog: Beiträge mit dem Schlagwort vertrieb", FeedFiles.Load(Path.Combine(site.Output, "tags/vertrieb/feed.xml")).Title.Text);
    }

    [Fact]
    public void A_site_file_overrides_one_string_and_a_regional_language_uses_its_base_file()
    {
        using var site = new TempSite(Site("de-AT") + "-- i18n/de-AT.yml --\nmonths: [Jänner, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var post = Parser.ParseDocument(site.Read("2026/01/erster/index.html"));
        Assert.Equal("de-AT", post.DocumentElement.GetAttribute("lang"));
        Assert.Equal("5. Jänner 2026", post.QuerySelector("time.dt-published")!.TextContent);
        Assert.Equal("Zum Inhalt springen", post.QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void A_language_without_strings_fails_the_build_at_its_line_in_site_yml()
    {
        using var site = new TempSite(Site("fr"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "unknown-language");
        Assert.Equal("site.yml:6:11: error: language `fr` has no strings: theme `default` has i18n files for de, en; add i18n/fr.yml to the site (copy the theme's en.yml and translate it), or pick one of those",
            error.ToString());
    }

    [Fact]
    public void A_malformed_language_tag_is_an_error_with_a_suggestion()
    {
        using var site = new TempSite(Site("de_DE"));
        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == "bad-value");
        Assert.Equal("site.yml:6:11: error: `language` must be a BCP 47 language tag such as en, de or pt-BR, not \"de_DE\"; did you mean `de-DE`?", error.ToString());
    }

    [Fact]
    public void A_template_asking_for_a_string_no_file_has_fails_at_the_template_line()
    {
        using var site = new TempSite(Site("de") + "-- layouts/404.scriban --\n<p>\n{{ t \"no_such_string\" }}</p>\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.StartsWith("layouts/404.scriban:2:4: error: no string `no_such_string` in the language's i18n files (themes/default/i18n/de.yml, themes/default/i18n/en.yml, (built-in)/themes/default/i18n/en.yml); add it to the site's i18n/de.yml",
            error.ToString());
    }

    [Fact]
    public void A_theme_without_i18n_files_still_builds_an_english_site()
    {
        using var site = new TempSite(Site("en"));
        Directory.Delete(Path.Combine(site.Root, "themes", "default", "i18n"), recursive: true);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("January 5, 2026", Parser.ParseDocument(site.Read("2026/01/erster/index.html")).QuerySelector("time.dt-published")!.TextContent);
    }
}
