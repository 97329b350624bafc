namespace SalesForDevs.Rendering.Markdown;

/// <summary>Decides where links inside a content file's markdown point.</summary>
internal interface ILinkResolver
{
    /// <summary>Resolves a link to another content file (<c>other.md</c>, <c>../pages/about.md#team</c>) written in <paramref name="fromSourcePath"/>.</summary>
    LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment);

    /// <summary>Prefixes a site-root-relative URL (<c>/images/x.png</c>) with the base path, so it works under a sub-path.</summary>
    string RootRelative(string url);

    /// <summary>The file on disk a local image URL names (for its size), or null when it is not a local file.</summary>
    string? ImageFile(string fromSourcePath, string url) => null;

    /// <summary>
    /// The URL (base path included, query and fragment kept) of a file of the page bundle <paramref name="fromSourcePath"/>
    /// belongs to, when the relative <paramref name="url"/> names one; else null.
    /// </summary>
    string? BundleFileUrl(string fromSourcePath, string url) => null;

    /// <summary>
    /// A local image as the site publishes it (a page bundle's file, or a /path under content/static), for responsive
    /// copies; null for anything else.
    /// </summary>
    Extensions.Images.PublishedImage? PublishedImage(string fromSourcePath, string url) => null;

    /// <summary>Whether <paramref name="other"/> answers every link question as this resolver does (sfd serve then keeps rendered bodies without asking again).</summary>
    bool AnswersAs(ILinkResolver other) => false;

    /// <summary>The site's responsive image settings; null makes no copies.</summary>
    Configuration.ImagesConfig? ImageSettings => null;
}
