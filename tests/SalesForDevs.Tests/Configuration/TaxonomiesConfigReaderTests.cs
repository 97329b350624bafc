using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Configuration;

// Issue 16: taxonomies declared in site.yml.
public sealed class TaxonomiesConfigReaderTests
{
    private static (SiteConfig? Config, List<string> Errors) Parse(string taxonomies)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: T\nbase_url: https://x.example/\n" + taxonomies, bag);
        return (config, bag.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void A_mapping_declares_taxonomies_with_their_titles_in_site_yml_order()
    {
        var (config, errors) = Parse("taxonomies:\n  topics: { title: Reading topics, singular: Topic, feeds: false }\n  categories:\n");
        Assert.Empty(errors);
        Assert.Equal(
            [new TaxonomyConfig("topics", "Reading topics", "Topic", Feeds: false), new TaxonomyConfig("categories", "Categories", "Category")],
            config!.Taxonomies);
        Assert.Equal("/topics/", config.Taxonomies[0].Url);
    }

    [Fact]
    public void A_list_of_keys_declares_taxonomies_with_default_titles()
    {
        var (config, errors) = Parse("taxonomies: [categories, genres, class]\n");
        Assert.Empty(errors);
        Assert.Equal(["Categories", "Genres", "Class"], config!.Taxonomies.Select(t => t.Title));
        Assert.Equal(["Category", "Genre", "Class"], config.Taxonomies.Select(t => t.Singular));
    }

    [Fact]
    public void No_taxonomies_key_means_tags_only()
    {
        var (config, errors) = Parse("");
        Assert.Empty(errors);
        Assert.Empty(config!.Taxonomies);
    }

    [Fact]
    public void Tags_are_built_in_and_cannot_be_declared()
    {
        var (config, errors) = Parse("taxonomies:\n  tags: { title: Topics }\n");
        Assert.Null(config);
        Assert.Equal("site.yml:4:3: error: `tags` is built in and needs no declaration; declare other taxonomies such as categories", Assert.Single(errors));
    }

    [Theory]
    [InlineData("series")]
    [InlineData("authors")]
    [InlineData("draft")]
    [InlineData("archive")]
    public void Names_sfd_uses_itself_are_refused_at_their_position(string key)
    {
        var (_, errors) = Parse($"taxonomies: [categories, {key}]\n");
        Assert.Equal($"site.yml:3:26: error: `{key}` cannot be a taxonomy: sfd uses that name itself; pick another, such as categories", Assert.Single(errors));
    }

    [Fact]
    public void A_key_that_is_no_url_folder_is_an_error()
    {
        var (_, errors) = Parse("taxonomies:\n  Big Ideas: {}\n");
        Assert.Equal("site.yml:4:3: error: taxonomy `Big Ideas` must be lowercase letters, digits, - and _ (it is a front matter key and the folder of its pages), such as categories", Assert.Single(errors));
    }

    [Fact]
    public void An_unknown_setting_suggests_the_closest()
    {
        var (_, errors) = Parse("taxonomies:\n  categories: { titel: Categories }\n");
        Assert.Equal("site.yml:4:17: error: unknown key `taxonomies.categories.titel`; did you mean `taxonomies.categories.title`?", Assert.Single(errors));
    }

    [Fact]
    public void Every_front_matter_key_is_reserved()
    {
        Assert.All(FrontMatterReader.Keys, key => Assert.Contains(key, TaxonomiesConfigReader.Reserved));
    }
}
