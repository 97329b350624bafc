using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Linking;

// Issue 16: front matter authors resolved against site.yml, and terms of declared taxonomies grouped like tags.
public sealed class AuthorAndTaxonomyLinkingTests
{
    private const string Config = """
        -- site.yml --
        title: T
        base_url: https://x.example/
        authors:
          ada: { name: Ada Lovelace }
          grace: { name: Grace Hopper }
        taxonomies: [categories]

        """;

    private static List<string> Errors(string files)
    {
        using var site = new TempSite(Config + files);
        var result = site.Build();
        Assert.False(result.Succeeded);
        return result.Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void An_unknown_author_is_an_error_at_the_key_with_the_closest_author()
    {
        var errors = Errors("""
            -- content/posts/2026-01-05-a.md --
            ---
            title: A
            authors: [ada, grase]
            ---
            """);
        Assert.Equal("content/posts/2026-01-05-a.md:3:16: error: author `grase` is not one of `authors` in site.yml; did you mean `grace`?", Assert.Single(errors));
    }

    [Fact]
    public void A_draft_with_an_unknown_author_is_an_error_too()
    {
        var errors = Errors("""
            -- content/posts/2026-01-05-a.md --
            ---
            title: A
            draft: true
            author: zed
            ---
            """);
        Assert.Equal("content/posts/2026-01-05-a.md:4:9: error: author `zed` is not one of `authors` in site.yml; known authors: ada, grace", Assert.Single(errors));
    }

    [Fact]
    public void An_author_on_a_site_without_authors_says_where_to_declare_it()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            base_url: https://x.example/
            -- content/posts/2026-01-05-a.md --
            ---
            title: A
            author: ada
            ---
            """);
        var result = site.Build();
        Assert.Equal("content/posts/2026-01-05-a.md:3:9: error: author `ada` is not in site.yml: declare it there, as `authors: { ada: { name: ..., url: ..., bio: ..., avatar: ... } }`",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Categories_with_one_meaning_share_a_page_and_others_collide_like_tags()
    {
        using var site = new TempSite(Config + """
            -- content/posts/2026-01-05-a.md --
            ---
            title: A
            categories: [Sales Tips, C#]
            ---
            -- content/posts/2026-01-06-b.md --
            ---
            title: B
            categories: [sales-tips, C++, C]
            ---
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(site.Exists("categories/sales-tips/index.html"));
        Assert.True(site.Exists("categories/csharp/index.html"));
        Assert.True(site.Exists("categories/cpp/index.html"));
        Assert.True(site.Exists("categories/c/index.html"));
        Assert.Contains("Sales Tips", site.Read("categories/sales-tips/index.html"));

        var errors = Errors("""
            -- content/posts/2026-01-05-a.md --
            ---
            title: A
            categories: [csharp]
            ---
            -- content/posts/2026-01-06-b.md --
            ---
            title: B
            categories: [C#]
            ---
            """);
        Assert.Equal("content/posts/2026-01-06-b.md: error: the category `C#` would share the page /categories/csharp/ with the category `csharp` of content/posts/2026-01-05-a.md, which means something else; rename one of them",
            Assert.Single(errors));
    }

    [Fact]
    public void A_page_on_a_taxonomy_address_is_a_collision()
    {
        var errors = Errors("""
            -- content/pages/categories.md --
            ---
            title: Categories
            ---
            """);
        Assert.Equal("content/pages/categories.md:1:1: error: /categories/ is a page the site generates itself; give this file another `slug:`", Assert.Single(errors));
    }

    [Fact]
    public void An_alias_on_an_author_page_is_an_error()
    {
        var errors = Errors("""
            -- content/posts/2026-01-05-a.md --
            ---
            title: A
            author: ada
            aliases: [/authors/ada/]
            ---
            """);
        Assert.Equal("content/posts/2026-01-05-a.md:4:11: error: alias /authors/ada/ is the address of the page of author `Ada Lovelace`; an alias must be an old address that no page uses now", Assert.Single(errors));
    }
}
