using System.Text.RegularExpressions;

namespace SalesForDevs.Publishing;

/// <summary>
/// The names sfd uses beside an output folder OUT: staging folders <c>.sfd-staging-OUT-ID</c> (and <c>...-old</c>
/// during a journalled swap), the journal <c>.sfd-staging-OUT.journal</c> and, on Windows, the lock <c>.sfd-staging-OUT.lock</c>.
/// One .gitignore line, <c>.sfd-staging-*</c>, matches them all.
/// </summary>
internal sealed partial class StagingFolders(string parent, string outputName)
{
    public const string Prefix = ".sfd-staging-";

    public string LockFile => Path.Combine(parent, $"{Prefix}{outputName}.lock");
    public string JournalFile => Path.Combine(parent, $"{Prefix}{outputName}.journal");

    public string NewStaging() => Path.Combine(parent, $"{Prefix}{outputName}-{Guid.NewGuid():N}");

    /// <summary>
    /// Makes a new, empty staging folder. Where the file system can (ext4), it is made inside a folder marked as the
    /// top of a directory tree and then moved beside the output, which puts it, and so every folder and file staged in
    /// it, in a block group of its own rather than beside the output's. A first build after <c>rm -rf</c> of the output
    /// would otherwise create its 20,000 files and folders among the 20,000 inodes just freed, and ext4 without a
    /// journal skips every inode freed in the last minutes one by one each time it allocates one (seconds of system
    /// time at 10,000 posts: bench/README.md, "The first build on the disk").
    /// </summary>
    public string CreateStaging()
    {
        var staging = NewStaging();
        var birthplace = NewStaging();
        Directory.CreateDirectory(birthplace);
        try
        {
            if (NativeFiles.TryMarkTopOfTree(birthplace))
            {
                // A name of its own each time: the file system starts its search for a group at a hash of the name.
                var born = Path.Combine(birthplace, Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(born);
                Directory.Move(born, staging);
                return staging;
            }
        }
        finally
        {
            FolderRemover.Remove(birthplace);
        }
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Whether a name in the parent folder is a staging folder of this output (not of another output whose name starts the same).</summary>
    public bool IsStaging(string name) =>
        name.StartsWith(Prefix + outputName + "-", StringComparison.Ordinal) && StagingId().IsMatch(name[(Prefix.Length + outputName.Length + 1)..]);

    /// <summary>Deletes the staging folders a killed build left. Call it holding the lock, so no running build's folder is taken.</summary>
    public void RemoveStale()
    {
        if (!Directory.Exists(parent)) return;
        foreach (var folder in Directory.EnumerateDirectories(parent, Prefix + "*"))
            if (IsStaging(Path.GetFileName(folder)) && new DirectoryInfo(folder).LinkTarget is null) FolderRemover.Remove(folder);
    }

    [GeneratedRegex("^[0-9a-f]{32}(-old)?$")]
    private static partial Regex StagingId();
}
