using SalesForDevs.Diagnostics;
using SalesForDevs.Outputs;

namespace SalesForDevs.Serving;

/// <summary>
/// What the server shows at one moment: the files of the last good build (kept in memory, static files by their
/// source path) and, when the latest build failed, its diagnostics. Immutable; each rebuild makes a new one.
/// </summary>
/// <param name="Version">Changes with every rebuild; the live-reload script compares it.</param>
/// <param name="BasePath">The base URL's path the site is served under, such as "/SalesForDevs/".</param>
internal sealed record SiteSnapshot(string Version, string BasePath, IReadOnlyDictionary<string, OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The latest build failed; <see cref="Files"/> are from the last one that worked (maybe none).</summary>
    public bool Failed => Diagnostics.Any(d => d.IsError);

    public bool HasFiles => Files.Count > 0;
}
