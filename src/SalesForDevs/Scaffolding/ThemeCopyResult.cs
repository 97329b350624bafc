using SalesForDevs.Diagnostics;

namespace SalesForDevs.Scaffolding;

/// <summary>The outcome of <c>sfd theme copy</c>: the theme folder and the files written into it ('/'-separated, from the site).</summary>
internal sealed record ThemeCopyResult(bool Succeeded, string? Directory, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>False when site.yml names another theme, so the copy is not used until it says <c>theme: NAME</c>.</summary>
    public bool InUse { get; init; } = true;
}
