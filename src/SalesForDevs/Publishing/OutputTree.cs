namespace SalesForDevs.Publishing;

/// <summary>
/// Every entry of an existing output folder by relative path (forward slashes), read without following symbolic links:
/// a link is an entry of its own, never a way into another folder.
/// </summary>
internal static class OutputTree
{
    public static SortedDictionary<string, OutputEntryKind> Read(string root)
    {
        var entries = new SortedDictionary<string, OutputEntryKind>(StringComparer.Ordinal);
        var pending = new Stack<(string Full, string Relative)>();
        pending.Push((root, ""));
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder.Full).EnumerateFileSystemInfos())
            {
                var relative = folder.Relative.Length == 0 ? entry.Name : folder.Relative + "/" + entry.Name;
                var kind = IsLink(entry) ? OutputEntryKind.Link : entry is DirectoryInfo ? OutputEntryKind.Folder : OutputEntryKind.File;
                entries[relative] = kind;
                if (kind == OutputEntryKind.Folder) pending.Push((entry.FullName, relative));
            }
        }
        return entries;
    }

    /// <summary>A symbolic link; the enumeration already knows, so most entries cost no extra call.</summary>
    private static bool IsLink(FileSystemInfo entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;

    /// <summary>Whether a relative path is hidden: some segment of it starts with a dot.</summary>
    public static bool IsHidden(string relative) => relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal);
}
