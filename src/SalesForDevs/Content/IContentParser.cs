using SalesForDevs.Diagnostics;

namespace SalesForDevs.Content;

/// <summary>
/// Parses one content file's text (<see cref="ContentLoader.Parse"/>). A build parses every file; sfd serve passes a
/// <see cref="ContentCache"/> that keeps the parses of files whose text did not change.
/// </summary>
internal interface IContentParser
{
    ContentItem? Parse(string text, string path, ContentKind kind, DiagnosticBag diagnostics);
}
