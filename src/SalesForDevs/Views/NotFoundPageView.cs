namespace SalesForDevs.Views;

/// <summary><c>page</c> on 404.html, which the host serves for any address the site does not have.</summary>
internal sealed record NotFoundPageView : PageView
{
    internal override PageKind PageKind => PageKind.NotFound;
}
