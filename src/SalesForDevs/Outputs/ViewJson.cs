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
    public static readonly JsonSerializerOptions WithoutCounts = new(Options) { Converters = { new TagRefWithoutCount() } };

    /// <summary>A page view with every field of its kind (serializing it as <see cref="PageView"/> would keep only the shared ones).</summary>
    public static string Serialize(PageView page) => JsonSerializer.Serialize(page, page.GetType(), Options);
}

/// <summary>Writes a tag link's name, slug and URL, not its count.</summary>
internal sealed class TagRefWithoutCount : JsonConverter<TagRef>
{
    public override TagRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("page keys are only written");

    public override void Write(Utf8JsonWriter writer, TagRef value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("Name", value.Name);
        writer.WriteString("Slug", value.Slug);
        writer.WriteString("Url", value.Url);
        writer.WriteEndObject();
    }
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
