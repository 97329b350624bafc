namespace SalesForDevs.Views;

/// <summary><c>page</c> on one tag's page: its posts and its own feeds.</summary>
internal sealed record TagPageView : PageView
{
    internal override PageKind PageKind => PageKind.Tag;

    public IReadOnlyList<PostRef> Posts { get; init; } = [];
    /// <summary>The feeds of this tag alone (<see cref="PageView.Feeds"/> adds the site's).</summary>
    public IReadOnlyList<LinkRef> OwnFeeds { get; init; } = [];
}
