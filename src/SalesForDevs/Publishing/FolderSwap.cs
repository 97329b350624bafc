namespace SalesForDevs.Publishing;

/// <summary>
/// Puts a staged site in the place of the output folder so that a kill at any moment leaves the whole old site or the
/// whole new one. Linux swaps the two folders in one step. Elsewhere a journal beside the output records the three
/// renames, and the next build finishes them before anything else (<see cref="Recover"/>).
/// </summary>
internal static class FolderSwap
{
    /// <summary>Afterwards <paramref name="output"/> holds what <paramref name="staging"/> held, and <paramref name="staging"/> the old output (if any), to be deleted.</summary>
    /// <param name="exchange">False to use the journal even where the system can swap (tests of the journal use it).</param>
    public static void Replace(string output, string staging, StagingFolders names, bool exchange = true)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (exchange && NativeFiles.TryExchange(staging, output)) return;

        var old = staging + "-old";
        WriteJournal(names.JournalFile, Path.GetFileName(staging), Path.GetFileName(old));
        Directory.Move(output, old);
        Directory.Move(staging, output);
        Directory.Move(old, staging);
        File.Delete(names.JournalFile);
    }

    /// <summary>
    /// Finishes a journalled swap a kill interrupted. The staged site was complete before the journal was written, so
    /// when the output is missing it is moved in; failing that, the old site goes back. What is left over is stale
    /// staging, which <see cref="StagingFolders.RemoveStale"/> deletes.
    /// </summary>
    public static void Recover(string output, StagingFolders names)
    {
        if (!File.Exists(names.JournalFile)) return;
        if (!Directory.Exists(output))
        {
            var parent = Path.GetDirectoryName(output)!;
            var lines = File.ReadAllLines(names.JournalFile).Where(names.IsStaging).Select(name => Path.Combine(parent, name)).ToList();
            var back = lines.FirstOrDefault(Directory.Exists);
            if (back is not null) Directory.Move(back, output);
        }
        File.Delete(names.JournalFile);
    }

    /// <summary>Written whole under a temporary name, then renamed, so a kill never leaves half a journal.</summary>
    private static void WriteJournal(string path, string staging, string old)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, staging + "\n" + old + "\n");
        File.Move(temporary, path, overwrite: true);
    }
}
