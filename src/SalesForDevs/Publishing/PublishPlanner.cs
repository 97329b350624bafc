using SalesForDevs.Content;
using System.Text;
using SalesForDevs.Diagnostics;
using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Decides what the new output holds. sfd replaces and deletes only the files it wrote (the old output's
/// <see cref="OutputManifest"/>); every other entry is carried over. A file whose bytes did not change is linked from
/// the old output rather than written again: reading is far cheaper than writing, and its date stays as it was.
/// A first build into an empty folder reads nothing back.
/// </summary>
internal static class PublishPlanner
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>How many conflicting entries to name before "and N more".</summary>
    private const int Shown = 10;

    public static byte[] Encode(OutputFile file) => file.Bytes ?? Utf8.GetBytes(file.Text ?? "");

    /// <param name="output">The real path of the output folder, which may not exist yet.</param>
    /// <param name="shownOutput">The output folder as the user named it, for messages.</param>
    /// <param name="force">Build into a folder sfd did not make: replace the entries that have a path of the site, keep the rest.</param>
    /// <returns>The plan, or null when the output holds what sfd may not replace (the reasons are in <paramref name="diagnostics"/>).</returns>
    public static PublishPlan? Plan(string output, string shownOutput, IReadOnlyCollection<OutputFile> files, bool force, DiagnosticBag diagnostics)
    {
        var existing = Directory.Exists(output) ? OutputTree.Read(output) : new SortedDictionary<string, OutputEntryKind>(StringComparer.Ordinal);
        if (existing.Count == 0) return new PublishPlan(Encoded(files, (_, _) => null), []);

        var wanted = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var claimed = Claimed(existing, wanted, OutputManifest.Read(output), force, shownOutput, diagnostics);
        if (claimed is null) return null;

        var claimedFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in claimed)
            for (var folder = Parent(path); folder is not null && claimedFolders.Add(folder); folder = Parent(folder)) { }

        var ours = new List<string>();
        var carried = new List<CarriedEntry>();
        var conflicts = new List<string>();
        foreach (var (path, kind) in existing)
        {
            var isFolder = kind == OutputEntryKind.Folder;
            if (isFolder ? claimedFolders.Contains(path) : kind == OutputEntryKind.File && claimed.Contains(path)) ours.Add(path);
            else if (path == OutputManifest.FileName) { }
            else if (!wanted.ContainsKey(path)) carried.Add(new CarriedEntry(path, isFolder));
            else if (isFolder) conflicts.Add($"{shownOutput}/{path} is a folder sfd did not make, where the site writes a file; move it away");
            else if (!force) conflicts.Add($"{shownOutput}/{path} was not written by sfd, and the site writes a file of that path; move it away, or pass --force to replace it");
        }
        var carriedFiles = carried.Where(c => !c.IsFolder).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in wanted.Keys)
        {
            for (var folder = Parent(path); folder is not null; folder = Parent(folder))
                if (carriedFiles.Contains(folder))
                    conflicts.Add($"{shownOutput}/{folder} was not written by sfd, and the site needs a folder of that name (for {path}); move it away");
        }
        if (conflicts.Count > 0)
        {
            foreach (var conflict in conflicts.Distinct().Take(Shown)) diagnostics.Error("output-conflict", conflict);
            if (conflicts.Count > Shown) diagnostics.Error("output-conflict", $"and {conflicts.Count - Shown} more entries of {shownOutput} like these");
            return null;
        }

        var oursSet = ours.ToHashSet(StringComparer.Ordinal);
        return new PublishPlan(Encoded(files, (file, bytes) =>
        {
            if (!oursSet.Contains(file.Path)) return null;
            var path = SitePaths.ToFileSystem(output, file.Path);
            return Same(path, file, bytes) ? path : null;
        }), carried);
    }

    /// <summary>
    /// The existing files sfd may replace or delete: those its manifest lists. A folder without one is accepted when it
    /// is empty but for a .git (a fresh clone of a gh-pages branch), or when it is a build of an older sfd (a
    /// .nojekyll and only files this build writes again); anything else is refused unless <paramref name="force"/>.
    /// </summary>
    private static HashSet<string>? Claimed(SortedDictionary<string, OutputEntryKind> existing, Dictionary<string, OutputFile> wanted, HashSet<string>? manifest,
        bool force, string shownOutput, DiagnosticBag diagnostics)
    {
        var claimed = manifest ?? new HashSet<string>(StringComparer.Ordinal);
        if (manifest is null && !force)
        {
            var topLevel = existing.Keys.Where(p => !p.Contains('/')).ToList();
            var visibleFiles = existing.Where(e => e.Value != OutputEntryKind.Folder && !OutputTree.IsHidden(e.Key)).Select(e => e.Key).ToList();
            var olderBuild = existing.GetValueOrDefault(".nojekyll") == OutputEntryKind.File && existing.ContainsKey(".nojekyll")
                && visibleFiles.Count > 0 && visibleFiles.All(p => existing[p] == OutputEntryKind.File && wanted.ContainsKey(p));
            if (olderBuild) claimed.UnionWith(existing.Where(e => e.Value == OutputEntryKind.File && wanted.ContainsKey(e.Key)).Select(e => e.Key));
            else if (!topLevel.All(p => p is ".git" or ".DS_Store"))
            {
                NotOurs(shownOutput, visibleFiles.Where(p => !wanted.ContainsKey(p)).Concat(topLevel.Where(p => p.StartsWith('.'))), diagnostics);
                return null;
            }
        }
        if (force) claimed.UnionWith(wanted.Keys.Where(p => existing.GetValueOrDefault(p, OutputEntryKind.Folder) == OutputEntryKind.File));
        return claimed;
    }

    /// <summary>Whether a folder without a manifest may still be sfd's: a fresh gh-pages clone, or an older sfd's build (which has a .nojekyll).</summary>
    public static bool MayBeOurs(string output) =>
        !Directory.Exists(output) || OutputManifest.Read(output) is not null || File.Exists(Path.Combine(output, ".nojekyll"))
        || Directory.EnumerateFileSystemEntries(output).All(e => Path.GetFileName(e) is ".git" or ".DS_Store");

    public static void NotOurs(string shownOutput, IEnumerable<string> examples, DiagnosticBag diagnostics) =>
        diagnostics.Error("output-not-ours",
            $"the output folder {shownOutput} is not empty and sfd has no record of building it (no {OutputManifest.FileName}); it holds files this site does not make, such as {string.Join(", ", examples.Take(3))}. " +
            "sfd replaces or deletes only files it wrote. Choose another --output or empty the folder (if it is a site built by an older sfd, delete it and build again); " +
            "or pass --force to build into it anyway: files with the path of one of the site's are replaced, every other file is kept");

    private static List<PlannedFile> Encoded(IReadOnlyCollection<OutputFile> files, Func<OutputFile, byte[]?, string?> unchangedAt)
    {
        var planned = new PlannedFile[files.Count];
        var list = files as IReadOnlyList<OutputFile> ?? files.ToList();
        Parallel.For(0, list.Count, i =>
        {
            var file = list[i];
            var bytes = file.CopyFrom is null ? Encode(file) : null;
            var linkFrom = unchangedAt(file, bytes);
            planned[i] = linkFrom is null ? PlannedFile.From(file, bytes) : new PlannedFile(file.Path, null, null, linkFrom);
        });
        return planned.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static string? Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? null : path[..slash];
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
