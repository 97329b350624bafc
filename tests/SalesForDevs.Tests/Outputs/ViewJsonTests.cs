using System.Text.Json;
using SalesForDevs.Outputs;
using SalesForDevs.Views;

namespace SalesForDevs.Tests.Outputs;

/// <summary>
/// The page cache's keys serialize views through compile-time metadata, which a natively compiled sfd needs, and
/// read the same as the reflection serializer's (issue 14: Native AOT).
/// </summary>
public sealed class ViewJsonTests
{
    [Theory]
    [InlineData(typeof(SiteView))]
    [InlineData(typeof(PageView))]
    [InlineData(typeof(PaginatorView))]
    public void Every_view_the_cache_serializes_has_compile_time_metadata(Type view) =>
        Assert.NotNull(ViewJsonContext.Default.GetTypeInfo(view));

    [Fact]
    public void A_view_serializes_as_the_reflection_serializer_writes_it()
    {
        var page = new PageView
        {
            Kind = "post", Title = "A \"quoted\" title", Description = "d", Url = "/a/", Permalink = "https://example.org/a/",
            Date = new DateTime(2026, 1, 12, 9, 0, 0, DateTimeKind.Utc), Tags = [new TagRef("career", "career", "/tags/career/", 3)],
        };
        Assert.Equal(JsonSerializer.Serialize(page), JsonSerializer.Serialize(page, ViewJson.Options));
        Assert.NotEqual(JsonSerializer.Serialize(page, ViewJson.Options), JsonSerializer.Serialize(page with { Date = null }, ViewJson.Options));
    }
}
