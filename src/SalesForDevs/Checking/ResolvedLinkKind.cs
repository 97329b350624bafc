namespace SalesForDevs.Checking;

/// <summary>Where a link leads, seen from the page it is on.</summary>
internal enum ResolvedLinkKind
{
    /// <summary>A file of this site: <see cref="ResolvedLink.Path"/> inside the output folder, maybe a #fragment.</summary>
    Internal,
    /// <summary>An http(s) URL on another host.</summary>
    External,
    /// <summary>This site's host, but not under its base path: broken once the site is served from a sub-path.</summary>
    OutsideBasePath,
    /// <summary>Not a URL at all.</summary>
    Invalid,
    /// <summary>mailto:, tel:, data:, javascript: and the like: nothing to check.</summary>
    Ignored,
}
