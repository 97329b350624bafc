using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Content;

public sealed class ContentLoaderTests
{
    private static (ContentItem? Item, List<string> Errors) Parse(string text, string path = "content/posts/2026-01-05-hello.md")
    {
        var bag = new DiagnosticBag();
        var item = ContentLoader.Parse(text, path, ContentKind.Post, bag);
        // Keys sfd does not read are checked against site.yml's taxonomies (none here) once the file is parsed, as Load does.
        if (item is not null) item = TaxonomyTerms.Resolve(item, [], bag);
        return (item, bag.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Date_and_slug_come_from_the_file_name()
    {
        var (item, errors) = Parse("---\ntitle: Hello\n---\nBody\n");
        Assert.Empty(errors);
        Assert.Equal("hello", item!.Slug);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), item.Date);
        Assert.Equal(4, item.BodyStartLine);
    }

    [Fact]
    public void Front_matter_overrides_the_file_name()
    {
        var (item, _) = Parse("---\ntitle: Hello\ndate: 2026-01-12T09:00:00+02:00\nslug: other\n---\n");
        Assert.Equal("other", item!.Slug);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(2)), item.Date);
    }

    [Fact]
    public void Impossible_date_is_reported_at_the_value()
    {
        var (_, errors) = Parse("---\ntitle: Hello\ntags: [a]\ndate: 2026-13-40\n---\n");
        Assert.Equal("content/posts/2026-01-05-hello.md:4:7: error: date \"2026-13-40\" is not a valid date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (for example 2026-01-12T09:00:00Z)", Assert.Single(errors));
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        var (item, errors) = Parse("---\ndate: 2026-01-05\n---\n");
        Assert.Null(item);
        Assert.Contains("no `title:`", Assert.Single(errors));
    }

    [Fact]
    public void Missing_date_without_a_dated_file_name_is_an_error()
    {
        var (_, errors) = Parse("---\ntitle: Hi\n---\n", "content/posts/hello.md");
        Assert.Contains("no `date:`", Assert.Single(errors));
    }

    [Fact]
    public void Key_given_twice_is_an_error_at_the_second()
    {
        var (item, errors) = Parse("---\ntitle: One\ntitle: Two\n---\n");
        Assert.Null(item);
        Assert.Equal("content/posts/2026-01-05-hello.md:3:1: error: key `title` is given twice (first at line 2); keep one of them", Assert.Single(errors));
    }

    [Fact]
    public void Unquoted_colon_in_a_title_explains_the_fix()
    {
        var (_, errors) = Parse("---\ntitle: Sales: the ask\n---\n");
        var error = Assert.Single(errors);
        Assert.StartsWith("content/posts/2026-01-05-hello.md:2:", error);
        Assert.Contains("Quote it: title: \"Sales: the ask\"", error);
    }

    [Fact]
    public void Tab_indentation_explains_the_fix()
    {
        var (_, errors) = Parse("---\ntitle: T\ntags:\n\t- a\n---\n");
        Assert.Contains("a tab is used for indentation", Assert.Single(errors));
    }

    [Fact]
    public void Unclosed_front_matter_explains_the_fix()
    {
        var (_, errors) = Parse("---\ntitle: T\n\nBody text\n");
        Assert.Contains("is never closed; add a line with just ---", Assert.Single(errors));
    }

    [Fact]
    public void Unknown_front_matter_key_suggests_the_closest()
    {
        var (_, errors) = Parse("---\ntitle: T\nbuild_on: [x]\n---\n");
        Assert.Equal("content/posts/2026-01-05-hello.md:3:1: error: unknown key `build_on`; did you mean `builds_on`?", Assert.Single(errors));
    }
}
