namespace SalesForDevs.Checking;

/// <summary>What <c>sfd check</c> found wrong; tests and tools can tell problems apart by it.</summary>
internal enum CheckProblemKind
{
    /// <summary>An internal link or resource (image, script, stylesheet) points to no file of the site.</summary>
    BrokenLink,
    /// <summary>The page exists but has no element with the link's #id.</summary>
    BrokenAnchor,
    /// <summary>A site-root link that misses the base URL's sub-path, so it leaves the site on GitHub Pages.</summary>
    OutsideBasePath,
    /// <summary>An RSS, Atom or JSON feed that does not parse or has the wrong shape.</summary>
    BrokenFeed,
    /// <summary>A page no link leads to from the home page.</summary>
    OrphanPage,
    /// <summary>A strategy post that no later post builds on yet.</summary>
    UnkeptPromise,
    /// <summary>An HTML page that ends before its closing &lt;/html&gt;, as a page cut short does.</summary>
    TruncatedPage,
    /// <summary>An external http(s) link that did not answer with success (only with --external).</summary>
    BrokenExternalLink,
}
