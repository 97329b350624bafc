using SalesForDevs.Diagnostics;

namespace SalesForDevs.Content;

/// <summary>
/// Reads and parses one content file (<see cref="ContentLoader.Parse"/>). A build reads and parses every file; sfd serve
/// passes a <see cref="ContentCache"/> that keeps the parses of files that did not change.
/// </summary>
internal interface IContentParser
{
    /// <summary>The content files: <paramref name="walk"/>'s listing, or one kept from an earlier build when no file was added, removed or moved since.</summary>
    ContentListing List(Func<ContentListing> walk);

    /// <param name="fullPath">Where the file is on disk.</param>
    /// <param name="path">The site-relative path that names the file in diagnostics.</param>
    ContentItem? Load(string fullPath, string path, ContentKind kind, DiagnosticBag diagnostics);

    /// <summary>
    /// Every item of <paramref name="listing"/>, sorted by source path: <paramref name="loadEach"/>'s, or, when the parser
    /// knows which files changed since its last complete build with the same listing (sfd serve), that build's items with
    /// only the changed files loaded again by <paramref name="loadOne"/>.
    /// </summary>
    IReadOnlyList<ContentItem> LoadAll(ContentListing listing, DiagnosticBag diagnostics, Func<IReadOnlyList<ContentItem>> loadEach,
        Func<ContentFile, ContentItem?> loadOne) => loadEach();
}
