using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// Places posts in their series (section, part k of n, previous and next in reading order). Which later posts put
/// a post into practice is <see cref="BuildsOnLinker"/>'s part, run after this one.
/// </summary>
internal static class SeriesLinker
{
    public static IReadOnlyList<SeriesNode> Link(SiteConfig config, IReadOnlyList<PostNode> nodes, DiagnosticBag diagnostics)
    {
        var series = config.Series.Select(s => new SeriesNode(s, $"/series/{s.Key}/")).ToList();
        var members = series.ToDictionary(s => s.Key, _ => new List<PostNode>(), StringComparer.Ordinal);

        foreach (var node in nodes.Where(n => n.IsPost && n.State != PublishState.Draft))
        {
            var fm = node.Item.FrontMatter;
            if (fm.Series is null)
            {
                if (fm.Section is not null)
                    diagnostics.Error("section-without-series", $"`section: {fm.Section}` needs a `series:` to belong to", fm.SectionAt);
                continue;
            }
            var owner = config.FindSeries(fm.Series);
            if (owner is null)
            {
                diagnostics.Error("unknown-series", UnknownName("series", fm.Series, config.Series.Select(s => s.Key), "declare it under `series:` in site.yml"), fm.SeriesAt);
                continue;
            }
            if (owner.Sections.Count > 0)
            {
                if (fm.Section is null)
                {
                    diagnostics.Error("missing-section", $"series `{owner.Key}` has sections ({string.Join(", ", owner.Sections)}); add `section:` with one of them", fm.SeriesAt);
                    continue;
                }
                if (!owner.Sections.Contains(fm.Section))
                {
                    diagnostics.Error("unknown-section", UnknownName("section", fm.Section, owner.Sections, $"series `{owner.Key}` declares {string.Join(", ", owner.Sections)} in site.yml"), fm.SectionAt);
                    continue;
                }
            }
            members[owner.Key].Add(node);
        }

        foreach (var s in series) Order(s, members[s.Key]);
        return series;
    }

    private static void Order(SeriesNode series, List<PostNode> posts)
    {
        var sections = series.Config.Sections.Count > 0 ? series.Config.Sections : [""];
        var ordered = posts
            .OrderBy(p => Math.Max(0, IndexOf(sections, p.Item.FrontMatter.Section ?? "")))
            .ThenBy(p => p.Date).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        series.Sections = sections.Select(name => new SeriesSection(name, ordered.Where(p => (p.Item.FrontMatter.Section ?? "") == name).ToList())).ToList();
        series.Parts = ordered.Where(p => p.IsPublished).ToList();
        series.Upcoming = ordered.Where(p => p.State == PublishState.Future).ToList();

        // Sections are contiguous in reading order, so a post's part is the posts before its section plus its place in it.
        var before = 0;
        foreach (var section in series.Sections)
        {
            for (var i = 0; i < section.Posts.Count; i++)
                section.Posts[i].Series = new SeriesPlace(series, section.Name, before + i + 1, ordered.Count, i + 1, section.Posts.Count);
            before += section.Posts.Count;
        }
        var parts = series.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            parts[i].Series!.Previous = i > 0 ? parts[i - 1] : null;
            parts[i].Series!.Next = i + 1 < parts.Count ? parts[i + 1] : null;
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }

    internal static string UnknownName(string what, string name, IEnumerable<string> known, string fix)
    {
        var guess = Yaml.KeySuggester.Closest(name, known);
        return $"{what} `{name}` is not declared; {fix}" + (guess is null ? "" : $"; did you mean `{guess}`?");
    }
}
