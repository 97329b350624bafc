using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>An old address of a published page (front matter <c>aliases</c>), answered by a redirect to the page.</summary>
/// <param name="Url">The old site URL as written, e.g. /2019/05/old-slug/.</param>
/// <param name="OutputPath">The file the redirect is written to, e.g. 2019/05/old-slug/index.html.</param>
/// <param name="At">Where the alias is written in the front matter.</param>
internal sealed record AliasNode(string Url, string OutputPath, PostNode Target, SourceLocation At);
