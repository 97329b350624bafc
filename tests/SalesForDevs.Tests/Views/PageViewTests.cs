using SalesForDevs.Views;

namespace SalesForDevs.Tests.Views;

/// <summary>One view record per kind of page, under one base (issue 13).</summary>
public sealed class PageViewTests
{
    [Fact]
    public void Kinds_lists_every_page_view_record_of_the_library()
    {
        var records = typeof(PageView).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageView))).OrderBy(t => t.Name).ToList();

        Assert.Equal(records, PageView.Kinds.OrderBy(t => t.Name));
        Assert.All(records, t => Assert.True(t.IsSealed, $"{t.Name} should be sealed"));
    }

    [Fact]
    public void Each_kind_names_itself_as_templates_compare_it()
    {
        PageView[] pages =
        [
            new ContentPageView(isPost: true) { Title = "", Description = "", Url = "", Permalink = "" },
            new ContentPageView(isPost: false) { Title = "", Description = "", Url = "", Permalink = "" },
            new HomePageView { Title = "", Description = "", Url = "", Permalink = "" },
            new ArchivePageView { Title = "", Description = "", Url = "", Permalink = "" },
            new TagsPageView { Title = "", Description = "", Url = "", Permalink = "" },
            new TagPageView { Title = "", Description = "", Url = "", Permalink = "" },
            new TaxonomyPageView(authors: false) { Title = "", Description = "", Url = "", Permalink = "" },
            new TermPageView(author: false) { Title = "", Description = "", Url = "", Permalink = "" },
            new TaxonomyPageView(authors: true) { Title = "", Description = "", Url = "", Permalink = "" },
            new TermPageView(author: true) { Title = "", Description = "", Url = "", Permalink = "" },
            new SeriesPageView { Title = "", Description = "", Url = "", Permalink = "", SeriesOverview = new("k", "t", "", "/s/", [], 0, 0) },
            new SearchPageView { Title = "", Description = "", Url = "", Permalink = "" },
            new NotFoundPageView { Title = "", Description = "", Url = "", Permalink = "" },
        ];

        Assert.Equal(["post", "page", "home", "archive", "tags", "tag", "taxonomy", "term", "authors", "author", "series", "search", "404"], pages.Select(p => p.Kind));
        Assert.Equal(Enum.GetValues<PageKind>(), pages.Select(p => p.PageKind));
    }

    [Fact]
    public void A_field_a_kind_lacks_reads_as_the_empty_value_of_its_type()
    {
        var missing = PageViewFields.Missing(typeof(TagPageView)).ToDictionary(m => m.Name, m => m.Empty);

        Assert.Equal("", missing["Slug"]);
        Assert.Equal("none", missing["Comments"]);
        Assert.Null(missing["Date"]);
        Assert.Null(missing["Series"]);
        Assert.Null(missing["SeriesOverview"]);
        Assert.Equal(0, missing["WordCount"]);
        Assert.Equal(false, missing["IsDraft"]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<PostRef>>(missing["BuildsOn"]));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<YearGroupView>>(missing["Years"]));
        Assert.Same(SalesForDevs.Yaml.YamlParams.Empty, missing["Params"]);
        // What the tag page has itself is read from it, never replaced.
        Assert.DoesNotContain("Posts", missing.Keys);
        Assert.DoesNotContain("OwnFeeds", missing.Keys);
        Assert.DoesNotContain("Title", missing.Keys);
    }

    [Fact]
    public void Every_field_of_any_kind_is_listed_once_with_the_shared_ones_first()
    {
        var names = PageViewFields.All.Select(p => p.Name).ToList();

        Assert.Equal(names.Distinct(), names);
        Assert.Equal(["Kind", "Title", "Description", "Url", "Permalink", "Image", "ImageAlt", "JsonLd", "Feeds"], names.Take(9));
        foreach (var kind in PageView.Kinds)
            Assert.Equal(names.Order(), kind.GetProperties().Select(p => p.Name).Concat(PageViewFields.Missing(kind).Select(m => m.Name)).Order());
    }
}
