namespace SalesForDevs.Views;

/// <summary><c>paginator</c> on the home pages: the posts of this page and links to its neighbours ("" when none).</summary>
internal sealed record PaginatorView(int Page, int TotalPages, int TotalPosts, IReadOnlyList<PostRef> Posts, string PreviousUrl, string NextUrl, string FirstUrl, string LastUrl);
