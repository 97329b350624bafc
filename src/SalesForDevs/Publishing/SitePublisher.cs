using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Puts a built site into the output folder without ever leaving it half-written by a failed build.
/// A first build is written to a staging folder beside the output and renamed into place. A rebuild writes only the
/// files that changed, to a staging folder first; only when all of them are written does it move each one over its
/// old copy (a rename, atomic per file) and delete the files the site no longer has.
/// </summary>
public static class SitePublisher
{
    /// <returns>How many files were written (the rest were already up to date).</returns>
    public static int Publish(string outputDirectory, IReadOnlyCollection<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        try
        {
            var plan = PublishPlanner.Plan(output, files);
            Write(staging, plan.Changed);
            if (!Directory.Exists(output)) Directory.Move(staging, output);
            else Commit(staging, output, plan);
            return plan.Changed.Count;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void Write(string root, IReadOnlyList<PlannedFile> files)
    {
        FolderMaker.CreateFor(root, files.Select(f => f.Path));
        Parallel.ForEach(files, file =>
        {
            var target = Path.Combine(root, file.Path);
            if (file.CopyFrom is not null) File.Copy(file.CopyFrom, target, overwrite: true);
            else File.WriteAllBytes(target, file.Bytes!);
        });
    }

    private static void Commit(string staging, string output, PublishPlan plan)
    {
        FolderMaker.CreateFor(output, plan.Changed.Select(f => f.Path));
        Parallel.ForEach(plan.Changed, file => File.Move(Path.Combine(staging, file.Path), Path.Combine(output, file.Path), overwrite: true));
        Parallel.ForEach(plan.Stale, path => File.Delete(Path.Combine(output, path)));
        DeleteEmptyFolders(output);
    }

    /// <summary>Removes folders left empty by deleted pages, deepest first; the output folder itself stays.</summary>
    private static void DeleteEmptyFolders(string output)
    {
        var visible = Directory.EnumerateDirectories(output).Where(d => !Path.GetFileName(d).StartsWith('.'));
        foreach (var folder in visible.SelectMany(d => Directory.EnumerateDirectories(d, "*", SearchOption.AllDirectories).Append(d)).OrderByDescending(f => f.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }
}
