using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Content;

// Issue 16: front matter keys of declared taxonomies, and authors.
public sealed class TaxonomyTermsTests
{
    private static readonly TaxonomyConfig[] Categories = [new("categories", "Categories", "Category")];

    private static (ContentItem? Item, List<string> Errors) Parse(string text, IReadOnlyList<TaxonomyConfig>? taxonomies = null)
    {
        var bag = new DiagnosticBag();
        var item = ContentLoader.Parse(text, "content/posts/2026-01-05-hello.md", ContentKind.Post, bag);
        if (item is not null) item = TaxonomyTerms.Resolve(item, taxonomies ?? Categories, bag);
        return (item, bag.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void A_declared_taxonomy_takes_a_list_or_one_term()
    {
        var (item, errors) = Parse("---\ntitle: T\ncategories: [Tooling, Career, Tooling, ' ']\n---\n");
        Assert.Empty(errors);
        Assert.Equal(["Tooling", "Career"], item!.FrontMatter.Terms["categories"]);

        (item, errors) = Parse("---\ntitle: T\ncategories: Tooling\n---\n");
        Assert.Empty(errors);
        Assert.Equal(["Tooling"], item!.FrontMatter.Terms["categories"]);
    }

    [Fact]
    public void An_undeclared_taxonomy_is_an_unknown_key_with_a_suggestion()
    {
        var (item, errors) = Parse("---\ntitle: T\ncategoris: [Tooling]\n---\n");
        Assert.Null(item);
        Assert.Equal("content/posts/2026-01-05-hello.md:3:1: error: unknown key `categoris`; did you mean `categories`?", Assert.Single(errors));
    }

    [Fact]
    public void Categories_are_an_error_where_site_yml_declares_no_taxonomy()
    {
        var (_, errors) = Parse("---\ntitle: T\ncategories: [Tooling]\n---\n", []);
        Assert.StartsWith("content/posts/2026-01-05-hello.md:3:1: error: unknown key `categories`; known keys here: aliases, author, authors, builds_on,", Assert.Single(errors));
    }

    [Fact]
    public void Terms_must_be_text()
    {
        var (_, errors) = Parse("---\ntitle: T\ncategories: { a: b }\n---\n");
        Assert.Contains("content/posts/2026-01-05-hello.md:3:13: error:", Assert.Single(errors));
    }

    [Fact]
    public void Author_and_authors_are_read_in_order()
    {
        var (item, errors) = Parse("---\ntitle: T\nauthors: [grace, ada, grace]\n---\n");
        Assert.Empty(errors);
        Assert.Equal(["grace", "ada"], item!.FrontMatter.Authors.Select(a => a.Value));
        Assert.Equal(new SourceLocation("content/posts/2026-01-05-hello.md", 3, 18), item.FrontMatter.Authors[1].At);

        (item, _) = Parse("---\ntitle: T\nauthor: ada\n---\n");
        Assert.Equal(["ada"], item!.FrontMatter.Authors.Select(a => a.Value));
    }

    [Fact]
    public void Author_and_authors_together_are_an_error()
    {
        var (item, errors) = Parse("---\ntitle: T\nauthor: ada\nauthors: [grace]\n---\n");
        Assert.Null(item);
        Assert.Equal("content/posts/2026-01-05-hello.md:4:10: error: give either `author: KEY` or `authors: [KEY, KEY]`, not both", Assert.Single(errors));
    }

    [Fact]
    public void Author_is_one_key()
    {
        var (_, errors) = Parse("---\ntitle: T\nauthor: [ada, grace]\n---\n");
        Assert.Equal("content/posts/2026-01-05-hello.md:3:9: error: `author` is one key of `authors` in site.yml, such as `author: ada`; for several, write `authors: [ada, grace]`", Assert.Single(errors));
    }
}
