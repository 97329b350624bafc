using SalesForDevs.Diagnostics;

namespace SalesForDevs.Publishing;

/// <summary>
/// Refuses output folders that a build would destroy by replacing them: the site itself, its content,
/// any parent of them, or an existing folder that does not look like a previous build.
/// </summary>
public static class OutputGuard
{
    public static bool Check(string siteDirectory, string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Full(outputDirectory);
        foreach (var (what, path) in new[] { ("the site folder", siteDirectory), ("the content folder", Path.Combine(siteDirectory, "content")), ("the themes folder", Path.Combine(siteDirectory, "themes")) })
        {
            var protectedPath = Full(path);
            if (output == protectedPath || protectedPath.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error("bad-output", $"the output folder {outputDirectory} is {what} or contains it; building there would delete your sources. Choose another --output, such as _site");
                return false;
            }
        }
        if (output.StartsWith(Full(Path.Combine(siteDirectory, "content")) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error("bad-output", $"the output folder {outputDirectory} is inside content/; the next build would read it as content. Choose another --output, such as _site");
            return false;
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(e => !Path.GetFileName(e).StartsWith('.'))
            && !File.Exists(Path.Combine(output, ".nojekyll")) && !File.Exists(Path.Combine(output, "index.html")))
        {
            diagnostics.Error("bad-output", $"the output folder {outputDirectory} already holds files that are not a built site; a build replaces the whole folder. Empty it or choose another --output");
            return false;
        }
        return true;
    }

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
