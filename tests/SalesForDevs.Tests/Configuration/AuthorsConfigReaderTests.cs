using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Configuration;

// Issue 16: authors in site.yml, and the site-wide author as one of them.
public sealed class AuthorsConfigReaderTests
{
    private static (SiteConfig? Config, List<string> Errors) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: T\nbase_url: https://x.example/\n" + yaml, bag);
        return (config, bag.Sorted().Select(d => d.ToString()).ToList());
    }

    private const string TwoAuthors = """
        authors:
          ada: { name: Ada Lovelace, url: "https://ada.example/", bio: Notes on engines., avatar: /images/ada.jpg, email: ada@example.com }
          grace: { name: Grace Hopper }

        """;

    [Fact]
    public void Authors_are_read_in_site_yml_order()
    {
        var (config, errors) = Parse(TwoAuthors);
        Assert.Empty(errors);
        Assert.Equal(
            [new AuthorProfile("ada", "Ada Lovelace", "https://ada.example/", "Notes on engines.", "/images/ada.jpg", "ada@example.com"), new AuthorProfile("grace", "Grace Hopper")],
            config!.Authors);
        Assert.Null(config.DefaultAuthor);
    }

    [Fact]
    public void The_site_author_may_name_one_of_the_authors_as_the_default()
    {
        var (config, errors) = Parse(TwoAuthors + "author: ada\n");
        Assert.Empty(errors);
        Assert.Equal("ada", config!.DefaultAuthor);
        Assert.Equal(new AuthorConfig("Ada Lovelace", "ada@example.com"), config.Author);
    }

    [Fact]
    public void The_old_author_mapping_still_works_beside_authors()
    {
        var (config, errors) = Parse(TwoAuthors + "author: { name: The Team, email: team@example.com }\n");
        Assert.Empty(errors);
        Assert.Null(config!.DefaultAuthor);
        Assert.Equal(new AuthorConfig("The Team", "team@example.com"), config.Author);
    }

    [Fact]
    public void An_unknown_default_author_suggests_the_closest_key()
    {
        var (config, errors) = Parse(TwoAuthors + "author: grase\n");
        Assert.Null(config);
        Assert.Equal("site.yml:6:9: error: `author: grase` names no entry of `authors`; did you mean `grace`?", Assert.Single(errors));
    }

    [Fact]
    public void An_author_needs_a_name_and_an_absolute_url()
    {
        var (_, errors) = Parse("authors:\n  ada: { url: ada.example }\n");
        Assert.Equal(
        [
            "site.yml:4:8: error: `authors.ada.name` is required but missing",
            "site.yml:4:15: error: `authors.ada.url` must be an absolute http(s) URL such as https://ada.example/, not \"ada.example\"",
        ], errors);
    }

    [Fact]
    public void An_author_key_must_fit_in_a_url()
    {
        var (_, errors) = Parse("authors:\n  Ada Lovelace: { name: Ada }\n");
        Assert.Equal("site.yml:4:3: error: author key `Ada Lovelace` must be lowercase letters, digits, - and _ (it is the folder of the author's page), such as ada or ada-lovelace", Assert.Single(errors));
    }
}
