using System.Security.Cryptography;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// Everything under a folder, symbolic links included and never followed: path to "file SHA-256", "link TARGET" or
/// "folder". Two captures are equal only if nothing was added, removed or changed.
/// </summary>
public static class TreeState
{
    public static SortedDictionary<string, string> Capture(string root, params string[] skip)
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), "", skip, state);
        return state;
    }

    private static void Walk(DirectoryInfo folder, string prefix, string[] skip, SortedDictionary<string, string> state)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var path = prefix + entry.Name;
            if (skip.Contains(path)) continue;
            if (entry.LinkTarget is { } target) state[path] = "link " + target;
            else if (entry is DirectoryInfo sub)
            {
                state[path] = "folder";
                Walk(sub, path + "/", skip, state);
            }
            else state[path] = "file " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
        }
    }
}
