using System.Text.RegularExpressions;
using SalesForDevs.Yaml;

namespace SalesForDevs.Configuration;

/// <summary>
/// Reads <c>taxonomies:</c> in site.yml: a mapping of front matter keys to <c>{ title, singular, feeds }</c> (each optional),
/// or a plain list of keys. Tags are built in; a taxonomy may not reuse a front matter key or an address the site owns.
/// </summary>
internal static partial class TaxonomiesConfigReader
{
    /// <summary>
    /// Keys a taxonomy cannot take: the front matter keys sfd reads itself, and the folders of pages the site generates.
    /// Kept in step with <c>FrontMatterReader</c> by a test.
    /// </summary>
    public static readonly IReadOnlyList<string> Reserved =
    [
        "aliases", "author", "authors", "builds_on", "comments", "date", "draft", "id", "image", "image_alt", "layout",
        "params", "section", "series", "slug", "summary", "tags", "title", "toc", "updated",
        "archive", "page", "search", "assets", "images",
    ];

    public static IReadOnlyList<TaxonomyConfig> Read(YamlMappingReader r)
    {
        var node = r.Node("taxonomies");
        switch (node)
        {
            case null: return [];
            case YamlSequence list:
                var fromList = new List<TaxonomyConfig>();
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar key) Add(r, fromList, key, key.Value, null);
                    else r.Error(item, "each entry of `taxonomies` is a front matter key such as categories");
                }
                return fromList;
            case YamlMapping:
                var t = r.Child("taxonomies")!;
                var taxonomies = new List<TaxonomyConfig>();
                foreach (var entry in t.Mapping.Entries)
                {
                    t.Node(entry.Key.Value);
                    if (entry.Value is YamlScalar { IsPlainNull: true }) Add(t, taxonomies, entry.Key, entry.Key.Value, null);
                    else if (entry.Value is YamlMapping m) Add(t, taxonomies, entry.Key, entry.Key.Value, new YamlMappingReader(m, SiteConfigLoader.FileName, t.Diagnostics, t.Qualify(entry.Key.Value)));
                    else t.Error(entry.Value, $"taxonomy `{entry.Key.Value}` must be a mapping such as {{ title: Categories, singular: Category }}, or empty");
                }
                t.ReportUnknownKeys();
                return taxonomies;
            default:
                r.Error(node, "`taxonomies` must be a mapping such as { categories: { title: Categories } }, or a list of keys");
                return [];
        }
    }

    private static void Add(YamlMappingReader r, List<TaxonomyConfig> taxonomies, YamlNode at, string key, YamlMappingReader? settings)
    {
        if (!KeyPattern().IsMatch(key))
        {
            r.Error(at, $"taxonomy `{key}` must be lowercase letters, digits, - and _ (it is a front matter key and the folder of its pages), such as categories");
            return;
        }
        if (Reserved.Contains(key))
        {
            r.Error(at, key == "tags"
                ? "`tags` is built in and needs no declaration; declare other taxonomies such as categories"
                : $"`{key}` cannot be a taxonomy: sfd uses that name itself; pick another, such as categories");
            return;
        }
        if (taxonomies.Any(t => t.Key == key))
        {
            r.Error(at, $"taxonomy `{key}` is declared twice");
            return;
        }
        var title = settings?.String("title") ?? Capitalize(key);
        var singular = settings?.String("singular") ?? Singular(title);
        var feeds = settings?.Bool("feeds") ?? true;
        settings?.ReportUnknownKeys();
        taxonomies.Add(new TaxonomyConfig(key, title, singular, feeds));
    }

    private static string Capitalize(string key) => char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ').Replace('-', ' ');

    /// <summary>An English singular good enough for a default (Categories -> Category, Topics -> Topic); <c>singular:</c> overrides it.</summary>
    private static string Singular(string title) =>
        title.EndsWith("ies", StringComparison.Ordinal) ? title[..^3] + "y"
        : title.EndsWith("s", StringComparison.Ordinal) && !title.EndsWith("ss", StringComparison.Ordinal) ? title[..^1]
        : title;

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex KeyPattern();
}
