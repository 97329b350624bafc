namespace SalesForDevs.Publishing;

/// <summary>
/// Deletes a folder sfd staged or replaced. Links inside are removed, never followed. Files go first, many at a time:
/// each deletion mostly waits on the file system's journal, and a site is thousands of them; then the folders, deepest first.
/// </summary>
internal static class FolderRemover
{
    public static void Remove(string folder)
    {
        if (!Directory.Exists(folder) || new DirectoryInfo(folder).LinkTarget is not null) return;
        var folders = new List<string>();
        var files = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            folders.Add(current);
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) pending.Push(entry.FullName);
                else files.Add(entry.FullName);
            }
        }
        FileSystemWork.ForEach(files, File.Delete);
        foreach (var level in folders.GroupBy(f => f.Count(c => c == Path.DirectorySeparatorChar)).OrderByDescending(g => g.Key))
            FileSystemWork.ForEach(level.ToList(), f => Directory.Delete(f));
    }
}
