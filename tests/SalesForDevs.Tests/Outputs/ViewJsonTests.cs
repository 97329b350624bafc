using System.Text.Json;
using SalesForDevs.Outputs;
using SalesForDevs.Views;

namespace SalesForDevs.Tests.Outputs;

/// <summary>
/// The page cache's keys serialize views through compile-time metadata, which a natively compiled sfd needs, and
/// read the same as the reflection serializer's (issue 14: Native AOT); a page serializes with every field of its kind (issue 13).
/// </summary>
public sealed class ViewJsonTests
{
    public static TheoryData<Type> Views() => new([typeof(SiteView), typeof(PaginatorView), .. PageView.Kinds]);

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_view_the_cache_serializes_has_compile_time_metadata(Type view) =>
        Assert.NotNull(ViewJsonContext.Default.GetTypeInfo(view));

    [Fact]
    public void A_view_serializes_as_the_reflection_serializer_writes_it()
    {
        var page = new ContentPageView(isPost: true)
        {
            Title = "A \"quoted\" title", Description = "d", Url = "/a/", Permalink = "https://example.org/a/",
            Date = new DateTime(2026, 1, 12, 9, 0, 0, DateTimeKind.Utc), Tags = [new TagRef("career", "career", "/tags/career/", 3)],
        };
        Assert.Equal(JsonSerializer.Serialize(page), ViewJson.Serialize(page));
        Assert.NotEqual(ViewJson.Serialize(page), ViewJson.Serialize(page with { Date = null }));
    }

    [Fact]
    public void A_page_serializes_with_the_fields_of_its_kind()
    {
        PageView archive = new ArchivePageView
        {
            Title = "Archive", Description = "d", Url = "/archive/", Permalink = "https://example.org/archive/",
            Years = [new YearGroupView(2026, [])],
        };

        var json = ViewJson.Serialize(archive);

        Assert.Contains("\"Kind\":\"archive\"", json);
        Assert.Contains("\"Years\":[{\"Year\":2026", json);
        Assert.DoesNotContain("PageKind", json);
    }

    [Fact]
    public void Without_counts_a_tag_link_keeps_every_member_but_its_count()
    {
        var page = new ContentPageView(isPost: true)
        {
            Title = "t", Description = "d", Url = "/a/", Permalink = "https://example.org/a/",
            Tags = [new TagRef("career", "career-slug", "/tags/career/", 3)],
        };

        var json = JsonSerializer.Serialize(page, ViewJson.WithoutCounts);

        Assert.Contains("\"Tags\":[{\"Name\":\"career\",\"Slug\":\"career-slug\",\"Url\":\"/tags/career/\"}]", json);
        Assert.Equal(json, JsonSerializer.Serialize(page with { Tags = [new TagRef("career", "career-slug", "/tags/career/", 4)] }, ViewJson.WithoutCounts));
        Assert.Contains("\"Count\":3", ViewJson.Serialize(page));
    }
}
