using SalesForDevs.Content.Bundles;

namespace SalesForDevs.Content;

/// <summary>The markdown files of content/posts and content/pages (sorted), and the page bundles among them, as one walk of the folders found them.</summary>
internal sealed record ContentListing(IReadOnlyList<ContentFile> Files, IReadOnlyDictionary<string, PageBundle> Bundles);

/// <summary>One markdown file: where it is on disk, its site-relative path, and whether it is a post or a page.</summary>
internal sealed record ContentFile(string FullPath, string SitePath, ContentKind Kind);
