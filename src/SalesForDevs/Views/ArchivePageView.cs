namespace SalesForDevs.Views;

/// <summary><c>page</c> on the archive: every published post, grouped by year, newest first.</summary>
internal sealed record ArchivePageView : PageView
{
    internal override PageKind PageKind => PageKind.Archive;

    public IReadOnlyList<YearGroupView> Years { get; init; } = [];
}
