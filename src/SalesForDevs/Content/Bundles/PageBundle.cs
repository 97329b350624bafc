namespace SalesForDevs.Content.Bundles;

/// <summary>
/// A post or page written as a folder: <c>content/posts/NAME/index.md</c> with its images and other files beside it.
/// The folder's name gives the slug and date, and every other file in it is published beside the page.
/// </summary>
/// <param name="Folder">Site-relative folder of the bundle, e.g. content/posts/2026-01-05-the-ask.</param>
/// <param name="Files">Site-relative paths of the files in the folder (and its subfolders) other than markdown, sorted.</param>
internal sealed record PageBundle(string Folder, IReadOnlyList<string> Files)
{
    public const string IndexFile = "index.md";

    /// <summary>Whether a site-relative path is a bundle's index: an index.md in a folder below content/posts or content/pages.</summary>
    public static bool IsIndex(string sourcePath, string contentFolder) =>
        sourcePath.EndsWith("/" + IndexFile, StringComparison.Ordinal)
        && SitePaths.Folder(sourcePath) is var folder && folder.Length > contentFolder.Length
        && folder.StartsWith(contentFolder + "/", StringComparison.Ordinal);

    /// <summary>The path of a bundle file relative to the bundle's folder ("chart.png", "img/a.png").</summary>
    public string Relative(string file) => file[(Folder.Length + 1)..];
}
