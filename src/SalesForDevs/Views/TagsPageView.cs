namespace SalesForDevs.Views;

/// <summary><c>page</c> on the tag index: every tag with its post count.</summary>
internal sealed record TagsPageView : PageView
{
    internal override PageKind PageKind => PageKind.Tags;

    public IReadOnlyList<TagRef> AllTags { get; init; } = [];
}
