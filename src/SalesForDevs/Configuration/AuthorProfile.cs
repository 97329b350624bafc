namespace SalesForDevs.Configuration;

/// <summary>
/// One entry of <c>authors:</c> in site.yml. Posts name it by <see cref="Key"/> (front matter <c>author</c>/<c>authors</c>);
/// its page is /authors/KEY/.
/// </summary>
/// <param name="Url">The author's own site or profile (absolute URL), or "".</param>
/// <param name="Avatar">A picture: a site-root path (/images/ada.jpg, from content/static/) or an absolute URL, or "".</param>
/// <param name="Email">Never shown on pages; Atom's feed author may carry it, as the site-wide author's does.</param>
internal sealed record AuthorProfile(string Key, string Name, string Url = "", string Bio = "", string Avatar = "", string Email = "");
