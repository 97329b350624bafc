using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// How to stage the new site: every file of the site (written, copied, or linked from the old output when its bytes
/// did not change), and every entry of the old output that sfd did not write, carried over untouched.
/// </summary>
internal sealed record PublishPlan(IReadOnlyList<PlannedFile> Files, IReadOnlyList<CarriedEntry> Carried)
{
    /// <summary>How many files get new bytes (the rest are links to unchanged files of the old output).</summary>
    public int Written => Files.Count(f => f.LinkFrom is null);
}

/// <summary>A file to stage: generated text already encoded, a source file to copy, or an unchanged file of the old output to link.</summary>
internal sealed record PlannedFile(string Path, byte[]? Bytes, string? CopyFrom, string? LinkFrom = null)
{
    public static PlannedFile From(OutputFile file, byte[]? bytes) => new(file.Path, bytes, file.CopyFrom);
}

/// <summary>An entry of the old output that is not sfd's (a .git folder, a file the user put there): a folder to recreate, or anything else to link.</summary>
internal sealed record CarriedEntry(string Path, bool IsFolder);
