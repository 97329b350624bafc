using System.Text.Json;
using SalesForDevs.Outputs.Search;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs.Search;

public sealed class SearchIndexWriterTests
{
    private const string Site = """
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        -- content/posts/2026-01-05-the-ask.md --
        ---
        title: The ask
        tags: [negotiation]
        summary: How to ask for more.
        ---
        Intro about selling ideas.

        ## Know your number

        Budgets matter.

        ```
        secretcodeword()
        ```
        -- content/pages/about.md --
        ---
        title: About
        ---
        We write.
        """;

    [Fact]
    public void Index_holds_each_page_with_headings_tags_and_stemmed_body_terms_but_no_code()
    {
        using var site = new TempSite(Site);
        Assert.True(site.Build().Succeeded);
        using var json = JsonDocument.Parse(site.Read(SearchIndexWriter.FileName));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.True(root.GetProperty("stem").GetBoolean());
        var fields = root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Equal(["url", "title", "date", "summary", "tags", "series", "headings", "terms"], fields);
        var docs = root.GetProperty("docs").EnumerateArray().ToList();
        Assert.Equal(2, docs.Count);
        var post = docs[0];
        Assert.Equal("/blog/2026/01/the-ask/", post[0].GetString());
        Assert.Equal("The ask", post[1].GetString());
        Assert.Equal("2026-01-05", post[2].GetString());
        Assert.Equal("How to ask for more.", post[3].GetString());
        Assert.Equal(["negotiation"], post[4].EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["Know your number"], post[6].EnumerateArray().Select(t => t.GetString()));
        var terms = post[7].GetString()!.Split(' ');
        Assert.Contains("sell", terms);
        Assert.Contains("budget", terms);
        Assert.DoesNotContain("secretcodeword", terms);
        Assert.DoesNotContain("about", terms);
        Assert.Equal("/blog/about/", docs[1][0].GetString());
        Assert.Equal("", docs[1][2].GetString());
    }

    [Fact]
    public void Search_page_is_linked_from_the_navigation_and_loads_the_index_under_the_sub_path()
    {
        using var site = new TempSite(Site);
        Assert.True(site.Build().Succeeded);
        var page = site.Read("search/index.html");
        Assert.Contains("data-index=\"/blog/search-index.json\"", page);
        Assert.Contains("src=\"/blog/assets/js/search.js\"", page);
        Assert.Contains("<noscript>", page);
        Assert.Contains("<a href=\"/blog/search/\">Search</a>", site.Read("index.html"));
        Assert.True(site.Exists("assets/js/search.js"));
    }

    [Theory]
    [InlineData("search: false")]
    [InlineData("search: { enabled: false }")]
    public void Search_can_be_turned_off(string setting)
    {
        using var site = new TempSite(Site.Replace("title: Test\n", "title: Test\n" + setting + "\n"));
        Assert.True(site.Build().Succeeded);
        Assert.False(site.Exists(SearchIndexWriter.FileName));
        Assert.False(site.Exists("search/index.html"));
        Assert.DoesNotContain("/blog/search/", site.Read("index.html"));
    }

    [Fact]
    public void An_unknown_search_setting_is_an_error_at_its_line()
    {
        using var site = new TempSite(Site.Replace("title: Test\n", "title: Test\nsearch:\n  enable: false\n"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("site.yml:3:3: error:", StringComparison.Ordinal) && d.ToString().Contains("enabled"));
    }

    [Fact]
    public void A_content_page_at_search_wins_over_the_generated_one()
    {
        using var site = new TempSite(Site + "\n-- content/pages/search.md --\n---\ntitle: Find things\nlayout: search\n---\nLook here.\n");
        Assert.True(site.Build().Succeeded, "");
        Assert.Contains("Look here.", site.Read("search/index.html"));
    }

    [Fact]
    public void Index_is_byte_identical_between_builds()
    {
        using var site = new TempSite(Site);
        site.Build();
        var first = site.Read(SearchIndexWriter.FileName);
        site.Build();
        Assert.Equal(first, site.Read(SearchIndexWriter.FileName));
    }

    [Fact]
    public void Trim_cuts_at_a_word_and_marks_the_cut()
    {
        Assert.Equal("short", SearchIndexWriter.Trim("short", 10));
        Assert.Equal("one two…", SearchIndexWriter.Trim("one two, three four", 12));
    }
}
