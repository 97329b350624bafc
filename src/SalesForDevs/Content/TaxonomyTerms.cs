using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;
using SalesForDevs.Yaml;

namespace SalesForDevs.Content;

/// <summary>
/// Front matter keys that sfd does not read itself are the terms of a taxonomy site.yml declares
/// (<c>categories: [Tooling, Career]</c>), or an error naming the closest known key. Done after parsing, since
/// parses are kept between builds (sfd serve) while site.yml may change.
/// </summary>
internal static class TaxonomyTerms
{
    /// <returns>The item with its terms; null when a key is unknown or malformed (the errors are in <paramref name="diagnostics"/>).</returns>
    public static ContentItem? Resolve(ContentItem item, IReadOnlyList<TaxonomyConfig> taxonomies, DiagnosticBag diagnostics)
    {
        var others = item.FrontMatter.OtherKeys;
        if (others.Count == 0) return item;
        var local = new DiagnosticBag();
        var r = new YamlMappingReader(new YamlMapping(others, 1, 1), item.SourcePath, local);
        var known = FrontMatterReader.Keys.Concat(taxonomies.Select(t => t.Key)).ToList();
        var terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var entry in others)
        {
            var key = entry.Key.Value;
            if (taxonomies.Any(t => t.Key == key))
                terms[key] = FrontMatterReader.Terms(r.StringList(key));
            else
                r.ReportUnknownKey(entry.Key, known);
        }
        foreach (var d in local.Sorted()) diagnostics.Add(d);
        return local.HasErrors ? null : item with { FrontMatter = item.FrontMatter with { Terms = terms } };
    }
}
