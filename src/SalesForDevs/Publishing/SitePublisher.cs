using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Files;
using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Puts a built site into the output folder as one step. The new site is staged in a folder beside the output, holding
/// every file of the site (unchanged ones linked from the old output, so their dates stay) and every entry of the old
/// output that sfd did not write; then the two folders are swapped (<see cref="FolderSwap"/>) and the old one deleted.
/// A failed build or a kill leaves the whole old site or the whole new one, never a mix.
/// </summary>
internal static class SitePublisher
{
    /// <returns>How many files got new bytes (the rest were unchanged), or null when the output holds what sfd may not replace (the reasons are in <paramref name="diagnostics"/>).</returns>
    /// <param name="force">Build into a folder sfd did not make: files with a path of the site are replaced, everything else is kept.</param>
    public static int? Publish(string outputDirectory, IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics, bool force = false) =>
        Publish(outputDirectory, files, diagnostics, force, exchange: true);

    /// <summary>
    /// How long a publish waits for another build publishing beside it (the lock covers the output's parent folder, so
    /// builds into sibling folders such as /tmp/a and /tmp/b take turns rather than fail).
    /// </summary>
    internal static TimeSpan LockWait { get; set; } = TimeSpan.FromMinutes(5);

    internal static int? Publish(string outputDirectory, IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics, bool force, bool exchange)
    {
        var output = RealPath.Resolve(outputDirectory);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || File.Exists(output))
        {
            diagnostics.Error("bad-output", $"the output {outputDirectory} is not a folder; choose another --output, such as _site");
            return null;
        }
        Directory.CreateDirectory(parent);
        var names = new StagingFolders(parent, Path.GetFileName(output));
        using var publishing = PublishLock.Take(parent, names.LockFile, LockWait);
        if (publishing is null)
        {
            diagnostics.Error("output-busy", $"another sfd build is publishing into {parent} and has not finished in {LockWait.TotalSeconds:0} s; wait for it to finish and build again");
            return null;
        }
        // Before anything else: finish a swap a kill interrupted, then clear what killed builds left.
        FolderSwap.Recover(output, names);
        names.RemoveStale();
        return PublishLocked(output, outputDirectory, names, files, diagnostics, force, exchange);
    }

    /// <summary>Plans, stages and swaps; the caller holds the lock and has recovered what killed builds left.</summary>
    internal static int? PublishLocked(string output, string shownOutput, StagingFolders names, IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics,
        bool force, bool exchange)
    {
        var plan = PublishPlanner.Plan(output, shownOutput, files, force, diagnostics);
        if (plan is null) return null;
        var staging = names.CreateStaging();
        try
        {
            Stage(staging, output, plan);
            FolderSwap.Replace(output, staging, names, exchange);
        }
        finally
        {
            FolderRemover.Remove(staging);
        }
        return plan.Written;
    }

    /// <param name="manifest">Every file of the site, when the plan holds only those not staged yet.</param>
    internal static void Stage(string staging, string output, PublishPlan plan, IEnumerable<string>? manifest = null)
    {
        // A kept entry may sit in a folder the new site no longer writes into (assets/.keep without assets): make its parents too.
        FolderMaker.CreateFor(staging, plan.Files.Select(f => f.Path).Concat(plan.Carried.Where(c => !c.IsFolder).Select(c => c.Path)),
            plan.Carried.Where(c => c.IsFolder).Select(c => c.Path));
        FileSystemWork.ForEach(plan.Files, file =>
        {
            var target = SitePaths.ToFileSystem(staging, file.Path);
            if (file.LinkFrom is not null) LinkOrCopy(file.LinkFrom, target);
            else if (file.CopyFrom is not null) File.Copy(file.CopyFrom, target, overwrite: true);
            else File.WriteAllBytes(target, file.Bytes!);
        });
        FileSystemWork.ForEach(plan.Carried.Where(c => !c.IsFolder).ToList(), entry => LinkOrCopy(SitePaths.ToFileSystem(output, entry.Path), SitePaths.ToFileSystem(staging, entry.Path)));
        File.WriteAllBytes(Path.Combine(staging, OutputManifest.FileName), OutputManifest.Encode(manifest ?? plan.Files.Select(f => f.Path)));

        if (OperatingSystem.IsWindows() || !Directory.Exists(output)) return;
        // The new folders take the old ones' permissions, as an edit in place would have kept them.
        File.SetUnixFileMode(staging, File.GetUnixFileMode(output));
        foreach (var folder in plan.Carried.Where(c => c.IsFolder))
            File.SetUnixFileMode(SitePaths.ToFileSystem(staging, folder.Path), File.GetUnixFileMode(SitePaths.ToFileSystem(output, folder.Path)));
    }

    /// <summary>A second name for an entry of the old output; a copy with the same date where links are not possible.</summary>
    private static void LinkOrCopy(string from, string to)
    {
        if (NativeFiles.TryHardLink(from, to)) return;
        var info = new FileInfo(from);
        if (info.LinkTarget is { } target)
        {
            File.CreateSymbolicLink(to, target);
            return;
        }
        File.Copy(from, to, overwrite: true);
        File.SetLastWriteTimeUtc(to, info.LastWriteTimeUtc);
    }
}
