using System.Text;

namespace SalesForDevs.Publishing;

/// <summary>
/// The record, kept inside the output as <c>.sfd-manifest</c>, of the files the last build wrote there. It is what
/// makes a file sfd's to replace or delete: everything else in the output folder is someone else's and is kept.
/// It moves with the output in the same swap, so it always describes the folder it is in.
/// </summary>
internal static class OutputManifest
{
    public const string FileName = ".sfd-manifest";
    private const string Header = "# Written by sfd: the files of the last build. sfd replaces and deletes only these; it keeps everything else here.";

    /// <returns>The recorded paths, or null when the folder has no manifest (sfd did not build it, or an older sfd did).</returns>
    public static HashSet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (new FileInfo(path) is not { Exists: true, LinkTarget: null }) return null;
        return File.ReadLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }

    public static byte[] Encode(IEnumerable<string> paths)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var path in paths.Order(StringComparer.Ordinal)) text.Append(path).Append('\n');
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }
}
