using System.Buffers;
using System.Text;
using SalesForDevs.Content;
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
        if (existing.Count == 0) return new PublishPlan(Encoded(files, _ => null), []);

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
        return new PublishPlan(Encoded(files, file => oursSet.Contains(file.Path) ? SitePaths.ToFileSystem(output, file.Path) : null), carried);
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

    /// <param name="earlier">The file of the old output that sfd wrote at the same path, if any: when it holds the same bytes it is linked, not written.</param>
    private static List<PlannedFile> Encoded(IReadOnlyCollection<OutputFile> files, Func<OutputFile, string?> earlier)
    {
        var planned = new PlannedFile[files.Count];
        var list = files as IReadOnlyList<OutputFile> ?? files.ToList();
        Parallel.For(0, list.Count, i =>
        {
            var file = list[i];
            var old = earlier(file);
            if (file.CopyFrom is not null)
                planned[i] = old is not null && SameAsCopy(old, file.CopyFrom) ? Linked(file, old) : PlannedFile.From(file, null);
            else if (file.Text is null)
                planned[i] = old is not null && SameBytes(old, file.Bytes) ? Linked(file, old) : PlannedFile.From(file, Encode(file));
            else
                planned[i] = EncodedText(file, old);
        });
        return planned.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static PlannedFile Linked(OutputFile file, string old) => new(file.Path, null, null, old);

    /// <summary>
    /// Encodes into a pooled buffer and compares it with the old file there: a rebuild mostly finds the same bytes,
    /// and then neither the encoding nor the old file's content needs to be kept.
    /// </summary>
    private static PlannedFile EncodedText(OutputFile file, string? old)
    {
        if (old is null) return PlannedFile.From(file, Encode(file));
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(file.Text!.Length));
        try
        {
            var bytes = buffer.AsSpan(0, Utf8.GetBytes(file.Text, buffer));
            return SameBytes(old, bytes) ? Linked(file, old) : PlannedFile.From(file, bytes.ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? null : path[..slash];
    }

    private static bool SameAsCopy(string target, string source)
    {
        var info = new FileInfo(target);
        return info.Exists && info.Length == new FileInfo(source).Length && SameBytes(target, File.ReadAllBytes(source));
    }

    /// <summary>Whether the file at <paramref name="target"/> holds exactly <paramref name="bytes"/>, read through a pooled buffer.</summary>
    private static bool SameBytes(string target, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(target);
        if (!info.Exists || info.Length != bytes.Length) return false;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            using var handle = File.OpenHandle(target);
            var read = 0;
            for (int n; read < bytes.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read)) > 0;) read += n;
            return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
