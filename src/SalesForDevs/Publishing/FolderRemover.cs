namespace SalesForDevs.Publishing;

/// <summary>Deletes a folder sfd staged or replaced. Links inside are removed, never followed. Subfolders go in parallel: a site is thousands of them.</summary>
internal static class FolderRemover
{
    public static void Remove(string folder)
    {
        var info = new DirectoryInfo(folder);
        if (!info.Exists) return;
        Parallel.ForEach(info.EnumerateDirectories().Where(d => d.LinkTarget is null).ToList(), d => d.Delete(recursive: true));
        info.Delete(recursive: true);
    }
}
