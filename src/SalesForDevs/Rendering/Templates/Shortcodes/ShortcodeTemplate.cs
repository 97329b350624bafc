using Scriban;

namespace SalesForDevs.Rendering.Templates.Shortcodes;

/// <summary>A parsed shortcode template (<c>shortcodes/NAME.scriban</c>) with the arguments and body it declares.</summary>
internal sealed record ShortcodeTemplate(string Name, string SourcePath, Template Template, ShortcodeSignature Signature)
{
    /// <summary>The template's text, for telling whether it changed between builds (sfd serve).</summary>
    public string Source { get; init; } = "";
}
