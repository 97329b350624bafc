using System.Collections.Concurrent;
using System.Text;
using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Compares the new site with the files already in the output folder. Reading a file is far cheaper than writing
/// one, so a rebuild that changed one post rewrites a handful of files instead of every page.
/// </summary>
internal static class PublishPlanner
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static byte[] Encode(OutputFile file) => Utf8.GetBytes(file.Text ?? "");

    /// <param name="output">The existing output folder, or a folder that does not exist yet (then every file is new).</param>
    public static PublishPlan Plan(string output, IReadOnlyCollection<OutputFile> files)
    {
        var changed = new ConcurrentBag<PlannedFile>();
        var unchanged = 0;
        var exists = Directory.Exists(output);
        Parallel.ForEach(files, file =>
        {
            var bytes = file.CopyFrom is null ? Encode(file) : null;
            if (exists && Same(Path.Combine(output, file.Path), file, bytes)) Interlocked.Increment(ref unchanged);
            else changed.Add(PlannedFile.From(file, bytes));
        });

        var stale = new List<string>();
        if (exists)
        {
            var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var existing in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(output, existing).Replace('\\', '/');
                // Hidden top-level entries the site does not make (.git of a gh-pages checkout, say) are not ours to delete.
                if (!wanted.Contains(relative) && !relative.StartsWith('.')) stale.Add(relative);
            }
        }
        return new PublishPlan(changed.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), stale.Order(StringComparer.Ordinal).ToList(), unchanged);
    }

    private static bool Same(string target, OutputFile file, byte[]? bytes)
    {
        var info = new FileInfo(target);
        if (!info.Exists) return false;
        if (bytes is not null) return info.Length == bytes.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes);
        var source = new FileInfo(file.CopyFrom!);
        return info.Length == source.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(source.FullName));
    }
}
