using Scriban;

namespace SalesForDevs.Rendering.Templates;

/// <summary>A parsed layout or partial, with the site-relative path it came from (for error messages).</summary>
public sealed record ThemeTemplate(string Name, string SourcePath, Template Template);
