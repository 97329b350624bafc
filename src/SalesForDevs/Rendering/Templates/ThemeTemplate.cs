using Scriban;

namespace SalesForDevs.Rendering.Templates;

/// <summary>A parsed layout or partial, with the site-relative path it came from (for error messages).</summary>
internal sealed record ThemeTemplate(string Name, string SourcePath, Template Template)
{
    /// <summary>The template's text, for telling whether a theme changed between builds (sfd serve).</summary>
    public string Source { get; init; } = "";
}
