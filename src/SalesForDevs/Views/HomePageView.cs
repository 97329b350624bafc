namespace SalesForDevs.Views;

/// <summary><c>page</c> on the home page and its further pages (/page/2/): the posts of this page, as <c>paginator.posts</c>.</summary>
internal sealed record HomePageView : PageView
{
    internal override PageKind PageKind => PageKind.Home;

    public IReadOnlyList<PostRef> Posts { get; init; } = [];
}
