using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// The outputs stage's costly steps: rendering a page through its layout and making a feed entry's URLs absolute.
/// A build does each one (<see cref="SiteOutputs.Fresh"/>); sfd serve passes a cache that keeps results whose inputs did not change.
/// </summary>
internal interface IOutputCache
{
    /// <summary>Called before any page: the theme and the shared <c>site</c> data that every page of this build sees.</summary>
    void StartPages(Theme theme, SiteView site, Languages.Translations strings);

    /// <summary>The page's HTML: <paramref name="render"/>'s result, or the same result kept from an earlier build with the same inputs.</summary>
    string? Page(string layout, PageView page, PaginatorView? paginator, Func<string?> render);

    /// <summary><paramref name="html"/> with every URL made absolute against <paramref name="pageUrl"/>, for feeds.</summary>
    string AbsoluteHtml(string html, Uri pageUrl);
}
