using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// Serializes the views a template sees, for <see cref="PageRenderCache"/>'s keys. The view records are known at
/// compile time, so a natively compiled sfd (no run-time code generation) can serialize them; anything else falls back
/// to the reflection serializer.
/// </summary>
internal static class ViewJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ViewJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>A page view with every field of its kind (serializing it as <see cref="PageView"/> would keep only the shared ones).</summary>
    public static string Serialize(PageView page) => JsonSerializer.Serialize(page, page.GetType(), Options);
}

[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(ContentPageView))]
[JsonSerializable(typeof(HomePageView))]
[JsonSerializable(typeof(ArchivePageView))]
[JsonSerializable(typeof(TagsPageView))]
[JsonSerializable(typeof(TagPageView))]
[JsonSerializable(typeof(SeriesPageView))]
[JsonSerializable(typeof(SearchPageView))]
[JsonSerializable(typeof(NotFoundPageView))]
[JsonSerializable(typeof(TaxonomyPageView))]
[JsonSerializable(typeof(TermPageView))]
[JsonSerializable(typeof(PaginatorView))]
internal sealed partial class ViewJsonContext : JsonSerializerContext;
