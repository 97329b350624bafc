namespace SalesForDevs.Rendering.Markdown;

/// <summary>What a link to another content file becomes in this build.</summary>
internal abstract record LinkTarget
{
    /// <summary>The target is on the site: link to its URL (base path included).</summary>
    public sealed record Page(string Href) : LinkTarget;

    /// <summary>
    /// The target is dated in the future: show the text with a "coming soon" mark and no href. <paramref name="Mark"/>
    /// and <paramref name="Hint"/> are in the site's language ("(coming soon)", "Coming on May 4, 2026: Title").
    /// </summary>
    public sealed record Promise(string Title, DateTimeOffset? Date, string Mark, string Hint) : LinkTarget;

    /// <summary>The target is a draft: show the link's text alone.</summary>
    public sealed record Hidden : LinkTarget;

    /// <summary>No such content file: an error at the link's position.</summary>
    public sealed record Missing(string Reason) : LinkTarget;
}
