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
