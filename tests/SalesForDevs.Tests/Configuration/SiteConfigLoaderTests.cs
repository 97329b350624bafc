using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Configuration;

public sealed class SiteConfigLoaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(yaml, bag);
        return (config, bag.Sorted());
    }

    [Fact]
    public void Reads_every_documented_key()
    {
        var (config, diagnostics) = Parse("""
            title: Sales for Devs
            description: From good programmer to highly paid developer.
            base_url: https://example.github.io/SalesForDevs
            language: en
            author: { name: Ann, email: ann@example.com }
            theme: default
            permalink: /:year/:month/:slug/
            paginate: 5
            feeds: { rss: true, atom: false, json: true, items: 7, full_content: false }
            series:
              sales-for-devs:
                title: Sales for Devs
                sections: [strategy, tactics]
            subscribe:
              rss: true
              email: { provider: buttondown, action: "https://buttondown.com/api/emails/embed-subscribe/sfd" }
            notify:
              state: .sfd/notified.json
              webhook: { url: "https://hooks.example.com/x", secret_env: SFD_WEBHOOK_SECRET }
            comments: { provider: none }
            cname: blog.example.com
            """);
        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        Assert.Equal("https://example.github.io/SalesForDevs/", config.BaseUrl.ToString());
        Assert.Equal("/SalesForDevs/", config.BasePath);
        Assert.Equal(5, config.Paginate);
        Assert.False(config.Feeds.Atom);
        Assert.Equal(7, config.Feeds.Items);
        Assert.Equal(["strategy", "tactics"], config.Series.Single().Sections);
        Assert.Equal("email", config.Subscribe.Email!.Fields["email"]);
        Assert.Equal("SFD_WEBHOOK_SECRET", config.Notify.Webhook!.SecretEnv);
        Assert.Equal("blog.example.com", config.Cname);
    }

    [Fact]
    public void Unknown_key_names_its_position_and_the_closest_known_key()
    {
        var (config, diagnostics) = Parse("title: T\nbase_url: https://x.example/\npaginte: 10\n");
        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal("site.yml:3:1: error: unknown key `paginte`; did you mean `paginate`?", error.ToString());
    }

    [Fact]
    public void Unknown_nested_key_is_named_with_its_parent()
    {
        var (_, diagnostics) = Parse("title: T\nbase_url: https://x.example/\nfeeds:\n  itmes: 3\n");
        Assert.Equal("site.yml:4:3: error: unknown key `feeds.itmes`; did you mean `feeds.items`?", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Missing_required_key_is_an_error()
    {
        var (config, diagnostics) = Parse("base_url: https://x.example/\n");
        Assert.Null(config);
        Assert.Contains(diagnostics, d => d.Message == "`title` is required but missing");
    }

    [Fact]
    public void Wrong_type_points_at_the_value()
    {
        var (_, diagnostics) = Parse("title: T\nbase_url: https://x.example/\npaginate: ten\n");
        Assert.Equal("site.yml:3:11: error: `paginate` must be a whole number, not \"ten\"", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Relative_base_url_is_rejected()
    {
        var (_, diagnostics) = Parse("title: T\nbase_url: /blog/\n");
        Assert.Contains("must be an absolute http(s) URL", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Unknown_email_provider_suggests_the_closest()
    {
        var (_, diagnostics) = Parse("title: T\nbase_url: https://x.example/\nsubscribe:\n  email: { provider: buttondwn, action: \"https://x.example/f\" }\n");
        Assert.Contains("did you mean `buttondown`?", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("base_url: https://example.github.io/blog\n", "http://127.0.0.1:4000/blog/")]
    [InlineData("base_url: https://example.org/\n", "http://127.0.0.1:4000/")]
    [InlineData("", "http://127.0.0.1:4000/")]
    public void A_served_site_keeps_the_base_path_on_the_local_server(string baseUrl, string expected)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: T\n" + baseUrl, bag, servedFrom: "http://127.0.0.1:4000");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        Assert.Equal(expected, config!.BaseUrl.ToString());
    }

    // Issue 16: related posts and languages.
    [Fact]
    public void Related_count_defaults_to_three_and_zero_turns_it_off()
    {
        Assert.Equal(3, Parse("title: T\nbase_url: https://example.com/\n").Config!.Related.Count);
        Assert.Equal(0, Parse("title: T\nbase_url: https://example.com/\nrelated: { count: 0 }\n").Config!.Related.Count);
        var (_, diagnostics) = Parse("title: T\nbase_url: https://example.com/\nrelated: { cuont: 2 }\n");
        Assert.Contains(diagnostics, d => d.ToString().StartsWith("site.yml:3:12: error:", StringComparison.Ordinal) && d.Message.Contains("did you mean `related.count`?", StringComparison.Ordinal));
    }

    [Fact]
    public void Language_keeps_its_position_for_later_errors()
    {
        var config = Parse("title: T\nbase_url: https://example.com/\nlanguage: pt-BR\n").Config!;
        Assert.Equal("pt-BR", config.Language);
        Assert.Equal(new SourceLocation("site.yml", 3, 11), config.LanguageAt);
    }
}
