namespace SalesForDevs.Views;

/// <summary><c>page.series_overview</c> on a series page: its sections in reading order.</summary>
internal sealed record SeriesOverviewView(string Key, string Title, string Description, string Url, IReadOnlyList<SeriesSectionView> Sections, int Published, int Upcoming);
