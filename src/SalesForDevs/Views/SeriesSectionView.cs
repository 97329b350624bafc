namespace SalesForDevs.Views;

/// <summary>One section of the series page; each entry lists what it builds on and what puts it into practice.</summary>
internal sealed record SeriesSectionView(string Name, string Title, IReadOnlyList<SeriesEntryView> Posts);

internal sealed record SeriesEntryView(PostRef Post, int Part, IReadOnlyList<PostRef> BuildsOn, IReadOnlyList<PostRef> PracticedIn);
