using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// A series' first section (strategy) promises what later sections deliver. A published post of the first
/// section that no later post builds on, published or scheduled, is a promise not kept yet.
/// </summary>
internal static class UnkeptPromises
{
    public static IReadOnlyList<PostNode> Find(IEnumerable<SeriesNode> series) =>
        series.Where(s => s.Config.Sections.Count >= 2)
            .SelectMany(s => s.Parts.Where(p => p.Series!.Section == s.Config.Sections[0]))
            .Where(p => p.PracticedIn.Count == 0 && p.PromisedIn.Count == 0)
            .ToList();

    public static void Report(IEnumerable<SeriesNode> series, DiagnosticBag diagnostics)
    {
        foreach (var post in Find(series))
        {
            var place = post.Series!;
            var later = string.Join(" or ", place.Series.Config.Sections.Skip(1));
            diagnostics.Warning("unkept-promise",
                $"{place.Section} post `{post.Slug}` is a promise not kept yet: no {later} post names it in builds_on",
                new SourceLocation(post.Item.SourcePath, 1, 1));
        }
    }
}
