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

    /// <summary>The same, with tags' counts left out: the key of a page whose templates read none (<see cref="ViewReads.CountsShown"/>).</summary>
    public static readonly JsonSerializerOptions WithoutCounts = new()
    {
        TypeInfoResolver = Options.TypeInfoResolver!.WithAddedModifier(LeaveOutTagCounts),
    };

    // Every other member of a tag link stays in the key, including any it gains later.
    private static void LeaveOutTagCounts(JsonTypeInfo info)
    {
        if (info.Type != typeof(TagRef)) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (info.Properties[i].Name == nameof(TagRef.Count)) info.Properties.RemoveAt(i);
    }

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
