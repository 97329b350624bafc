using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Yaml;

/// <summary>Free-form params for themes in site.yml and front matter (issue 16).</summary>
public sealed class YamlParamsTests
{
    [Fact]
    public void Site_params_keep_nesting_order_and_plain_scalar_types()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("""
            title: T
            base_url: https://example.com/
            params:
              zeta: 1
              hero: { title: Hi, show: true }
              colors: [red, "007", 1.5, ~]
              big: 12345678901
              version: "2"
            """, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(["zeta", "hero", "colors", "big", "version"], config!.Params.Keys);
        Assert.Equal(1L, config.Params["zeta"]);
        var hero = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(config.Params["hero"]);
        Assert.Equal("Hi", hero["title"]);
        Assert.Equal(true, hero["show"]);
        Assert.Equal(["red", "007", 1.5, null], Assert.IsAssignableFrom<IReadOnlyList<object?>>(config.Params["colors"]));
        Assert.Equal(12345678901L, config.Params["big"]);
        Assert.Equal("2", config.Params["version"]);
    }

    [Fact]
    public void Params_that_are_no_mapping_are_an_error_at_their_position_and_other_keys_stay_errors()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse("title: T\nbase_url: https://example.com/\nparams: [a]\nparam: { x: 1 }\n", diagnostics);

        Assert.Equal([
            "site.yml:3:9: error: `params` must be a mapping of your own keys and values, such as `params: { hero: true }`",
            "site.yml:4:1: error: unknown key `param`; did you mean `params`?",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Templates_read_site_params_and_page_params()
    {
        using var site = new TempSite(SiteYml.Replace("paginate: 2", "paginate: 2\nparams:\n  hero: { title: Welcome, show: true }\n  colors: [red, blue]")
            + Post("2026-01-05", "with-params", "params:\n  subtitle: A subtitle\n  steps: [{ name: one }, { name: two }]\n  my-key: dashed")
            + Post("2026-01-06", "plain")
            + """
            -- layouts/post.scriban --
            <p id="hero">{{ site.params.hero.title }} {{ site.params.hero.show }} {{ site.params.colors | array.join "," }}</p>
            <p id="sub">{{ page.params.subtitle ?? "none" }}</p>
            <p id="steps">{{ for s in page.params.steps }}{{ s.name }};{{ end }}</p>
            <p id="dash">{{ page.params["my-key"] }}</p>

            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Read("2026/01/with-params/index.html");
        Assert.Contains("<p id=\"hero\">Welcome true red,blue</p>", html);
        Assert.Contains("<p id=\"sub\">A subtitle</p>", html);
        Assert.Contains("<p id=\"steps\">one;two;</p>", html);
        Assert.Contains("<p id=\"dash\">dashed</p>", html);
        Assert.Contains("<p id=\"sub\">none</p>", site.Read("2026/01/plain/index.html"));
    }

    [Fact]
    public void A_front_matter_key_outside_params_stays_an_error_with_a_suggestion()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "typo", "parms: { a: 1 }"));

        var result = site.Build();

        Assert.Contains("content/posts/2026-01-05-typo.md:3:1: error: unknown key `parms`; did you mean `params`?", result.Diagnostics.Select(d => d.ToString()));
    }
}
