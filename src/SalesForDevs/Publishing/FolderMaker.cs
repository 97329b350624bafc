using SalesForDevs.Content;
namespace SalesForDevs.Publishing;

/// <summary>
/// Creates the folders a set of files needs, in parallel: one depth at a time, so every parent exists before its
/// children. On slow file systems folder creation is a large part of writing a site of pretty URLs (one folder a page).
/// </summary>
internal static class FolderMaker
{
    public static void CreateFor(string root, IEnumerable<string> relativeFilePaths, IEnumerable<string>? relativeFolders = null)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in relativeFilePaths) AddWithParents(folders, Path.GetDirectoryName(path));
        foreach (var folder in relativeFolders ?? []) AddWithParents(folders, folder);
        Directory.CreateDirectory(root);
        foreach (var level in folders.GroupBy(f => f.Count(c => c == '/')).OrderBy(g => g.Key))
            FileSystemWork.ForEach(level.ToList(), folder => Directory.CreateDirectory(SitePaths.ToFileSystem(root, folder)));
    }

    private static void AddWithParents(HashSet<string> folders, string? folder)
    {
        for (; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            if (!folders.Add(folder.Replace('\\', '/'))) break;
    }
}
