namespace SalesForDevs.Views;

/// <summary><c>page</c> on a series page: its sections in reading order, its published parts and its own feeds.</summary>
internal sealed record SeriesPageView : PageView
{
    internal override PageKind PageKind => PageKind.Series;

    public required SeriesOverviewView SeriesOverview { get; init; }
    public IReadOnlyList<PostRef> Posts { get; init; } = [];
    /// <summary>The feeds of this series alone (<see cref="PageView.Feeds"/> adds the site's).</summary>
    public IReadOnlyList<LinkRef> OwnFeeds { get; init; } = [];
}
