using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Views;

/// <summary>Link previews and structured data: absolute og:image/twitter:image, a large card with an image, JSON-LD that parses.</summary>
public sealed class StructuredDataTests
{
    private static readonly HtmlParser Parser = new();

    private static TempSite Site() => new("""
        -- site.yml --
        title: Preview test
        description: A site whose description has "quotes" & </script> in it.
        base_url: https://example.github.io/blog/
        author: { name: Ada Lovelace, email: ada@example.com }
        image: /images/card.png
        image_alt: The site's card
        series:
          demo: { title: Demo series, sections: [strategy, tactics] }
        -- content/posts/2026-01-05-first.md --
        ---
        title: "First </script> post"
        summary: The first one.
        series: demo
        section: strategy
        image: cover.png
        image_alt: A cover
        updated: 2026-02-01
        tags: [sales]
        ---
        Hello.
        -- content/posts/2026-01-12-second.md --
        ---
        title: Second
        ---
        No image of its own.
        """);

    private static IDocument Page(TempSite site, string path) => Parser.ParseDocument(site.Read(path));

    private static JsonElement[] JsonLd(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToArray();

    private static string Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"no {key}");

    [Fact]
    public void A_post_with_an_image_gets_a_large_card_and_a_BlogPosting()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var page = Page(site, "2026/01/first/index.html");
        Assert.Equal("https://example.github.io/blog/2026/01/first/cover.png", Meta(page, "og:image"));
        Assert.Equal("https://example.github.io/blog/2026/01/first/cover.png", Meta(page, "twitter:image"));
        Assert.Equal("A cover", Meta(page, "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal("Ada Lovelace", Meta(page, "author"));

        var ld = Assert.Single(JsonLd(page));
        Assert.Equal("BlogPosting", ld.GetProperty("@type").GetString());
        Assert.Equal("First </script> post", ld.GetProperty("headline").GetString());
        Assert.Equal("The first one.", ld.GetProperty("description").GetString());
        Assert.Equal("2026-01-05T00:00:00+00:00", ld.GetProperty("datePublished").GetString());
        Assert.Equal("2026-02-01T00:00:00+00:00", ld.GetProperty("dateModified").GetString());
        Assert.Equal("Ada Lovelace", ld.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://example.github.io/blog/2026/01/first/cover.png", ld.GetProperty("image").GetString());
        Assert.Equal("https://example.github.io/blog/2026/01/first/", ld.GetProperty("url").GetString());
        Assert.Equal("Demo series", ld.GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal("https://example.github.io/blog/series/demo/", ld.GetProperty("isPartOf").GetProperty("url").GetString());
        Assert.Contains("By Ada Lovelace", page.QuerySelector(".post-meta")!.TextContent);
    }

    [Fact]
    public void Pages_without_an_image_use_the_site_default_and_the_home_page_has_a_WebSite()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var post = Page(site, "2026/01/second/index.html");
        Assert.Equal("https://example.github.io/blog/images/card.png", Meta(post, "og:image"));
        Assert.Equal("The site's card", Meta(post, "og:image:alt"));
        var ld = Assert.Single(JsonLd(post));
        Assert.False(ld.TryGetProperty("isPartOf", out _));
        Assert.Equal(ld.GetProperty("datePublished").GetString(), ld.GetProperty("dateModified").GetString());

        var home = Page(site, "index.html");
        var website = Assert.Single(JsonLd(home));
        Assert.Equal("WebSite", website.GetProperty("@type").GetString());
        Assert.Equal("Preview test", website.GetProperty("name").GetString());
        Assert.Equal("https://example.github.io/blog/", website.GetProperty("url").GetString());
        Assert.Equal("A site whose description has \"quotes\" & </script> in it.", website.GetProperty("description").GetString());
    }

    [Fact]
    public void A_BlogPosting_is_escaped_exactly_as_a_JSON_tree_serializes_it()
    {
        // The JSON-LD is written straight to UTF-8; re-serializing what it parses to must give the same text.
        using var site = new TempSite("""
            -- site.yml --
            title: "Ünïcode & <co>"
            base_url: https://example.github.io/blog/
            author: { name: "Zoë 'Z' O’Brien", email: z@example.com }
            series:
              demo: { title: "Démo + series", sections: [strategy, tactics] }
            -- content/posts/2026-01-05-first.md --
            ---
            title: "Naïve “quotes” </script> & 'apos' 😀 `tick`"
            summary: "Tabs\tand\\back\"slash\" +plus"
            series: demo
            section: strategy
            tags: [sales, "c++", "résumé"]
            ---
            Hello.
            """);
        Assert.True(site.Build().Succeeded);
        var text = Page(site, "2026/01/first/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Equal(System.Text.Json.Nodes.JsonNode.Parse(text)!.ToJsonString(), text);
        var ld = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Naïve “quotes” </script> & 'apos' 😀 `tick`", ld.GetProperty("headline").GetString());
        Assert.Equal("Tabs\tand\\back\"slash\" +plus", ld.GetProperty("description").GetString());
        Assert.Equal("sales, c++, résumé", ld.GetProperty("keywords").GetString());
        Assert.Equal("Zoë 'Z' O’Brien", ld.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void Without_any_image_the_card_is_a_summary()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Plain
            base_url: https://example.github.io/blog/
            -- content/posts/2026-01-05-first.md --
            ---
            title: First
            ---
            Hello.
            """);
        Assert.True(site.Build().Succeeded);
        var page = Page(site, "2026/01/first/index.html");
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.False(Assert.Single(JsonLd(page)).TryGetProperty("image", out _));
    }

    [Fact]
    public void Every_page_of_the_real_site_has_parseable_json_ld_and_absolute_open_graph_urls()
    {
        var output = Path.Combine(Path.GetTempPath(), "sfd-ld-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(RepoPaths.Root, output, new BuildOptions { Now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero) });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var posts = 0;
            foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
            {
                var page = Parser.ParseDocument(File.ReadAllText(file));
                foreach (var meta in page.QuerySelectorAll("meta[property^='og:'], meta[name^='twitter:']"))
                {
                    var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
                    if (key is "og:url" or "og:image" or "twitter:image")
                        Assert.True(Uri.TryCreate(meta.GetAttribute("content"), UriKind.Absolute, out var u) && u.Scheme == "https", $"{file}: {key} is not absolute");
                }
                foreach (var ld in JsonLd(page))
                {
                    Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
                    var type = ld.GetProperty("@type").GetString();
                    Assert.True(Uri.IsWellFormedUriString(ld.GetProperty("url").GetString(), UriKind.Absolute), file);
                    if (type == "BlogPosting")
                    {
                        posts++;
                        foreach (var field in new[] { "headline", "description", "datePublished", "dateModified" })
                            Assert.False(string.IsNullOrWhiteSpace(ld.GetProperty(field).GetString()), $"{file}: {field} is empty");
                        Assert.Equal("The Sales for Devs team", ld.GetProperty("author").GetProperty("name").GetString());
                        Assert.Equal("Sales for Devs", ld.GetProperty("isPartOf").GetProperty("name").GetString());
                        Assert.True(DateTimeOffset.TryParse(ld.GetProperty("datePublished").GetString(), out _));
                        Assert.Equal("https://salesfordevs.github.io/SalesForDevs/images/social-card.png", ld.GetProperty("image").GetString());
                    }
                    else Assert.Equal("WebSite", type);
                }
            }
            Assert.True(posts >= 10, $"only {posts} BlogPosting blocks");
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
