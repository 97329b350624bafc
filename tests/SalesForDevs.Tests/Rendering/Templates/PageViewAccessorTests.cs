using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// Each kind of page has its own view record, yet a partial shared by every page may read any page field, as the
/// README promises: fields that do not apply read as empty, and a name no page has stays an error (issue 13).
/// </summary>
public sealed class PageViewAccessorTests
{
    private const string ProbeFooter = """
        -- layouts/partials/footer.scriban --
        <p id="probe">{{ page.kind }}|{{ page.title }}|{{ page.slug }}|{{ page.params.subtitle ?? "-" }}|{{ page.comments }}|{{ page.posts | array.size }}|{{ page.years | array.size }}|{{ page.all_tags | array.size }}|{{ page.own_feeds | array.size }}|{{ page.series_overview == null }}|{{ page.series == null }}|{{ page.date == null }}|{{ page.word_count }}|{{ page.is_draft }}|{{ page.toc }}|{{ page.content | string.size }}</p>

        """;

    [Fact]
    public void A_shared_partial_reads_every_page_field_on_every_kind_of_page()
    {
        using var site = new TempSite(SiteYml
            + Post("2026-01-05", "first", "tags: [sales]\nparams: { subtitle: Sub }", body: "Hello.")
            + Post("2026-01-06", "second", "series: guide\nsection: strategy")
            + ProbeFooter);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("post|First|first|Sub|none|0|0|0|0|true|true|false|1|false||14", Probe(site, "2026/01/first/index.html"));
        Assert.Equal("home|Test Blog||-|none|2|0|0|0|true|true|true|0|false||0", Probe(site, "index.html"));
        Assert.Equal("archive|Archive||-|none|0|1|0|0|true|true|true|0|false||0", Probe(site, "archive/index.html"));
        Assert.Equal("tags|Tags||-|none|0|0|1|0|true|true|true|0|false||0", Probe(site, "tags/index.html"));
        Assert.Equal("tag|Posts tagged “sales”||-|none|1|0|0|3|true|true|true|0|false||0", Probe(site, "tags/sales/index.html"));
        Assert.Equal("series|The Guide||-|none|1|0|0|3|false|true|true|0|false||0", Probe(site, "series/guide/index.html"));
        Assert.Equal("404|Page not found||-|none|0|0|0|0|true|true|true|0|false||0", Probe(site, "404.html"));
    }

    [Fact]
    public void A_name_no_kind_of_page_has_is_an_error_on_every_kind()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "first"));
        site.Write("layouts/partials/footer.scriban", "{{ page.slugg }}");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("layouts/partials/footer.scriban:1:9: error: Cannot get member with name slugg.", StringComparison.Ordinal));
    }

    private static string Probe(TempSite site, string path)
    {
        var html = site.Read(path);
        var start = html.IndexOf("<p id=\"probe\">", StringComparison.Ordinal) + "<p id=\"probe\">".Length;
        return html[start..html.IndexOf("</p>\n", start, StringComparison.Ordinal)];
    }
}
