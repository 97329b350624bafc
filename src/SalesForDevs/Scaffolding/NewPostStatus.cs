namespace SalesForDevs.Scaffolding;

/// <summary>How <c>sfd new post</c> ended; the CLI maps it to an exit code.</summary>
internal enum NewPostStatus
{
    Created,
    /// <summary>The request does not fit the site (unknown section or series, unknown builds_on slug, bad date): bad usage.</summary>
    InvalidRequest,
    /// <summary>The file is already there; nothing was written.</summary>
    AlreadyExists,
    /// <summary>site.yml has errors, so the request could not be checked.</summary>
    SiteErrors,
}
