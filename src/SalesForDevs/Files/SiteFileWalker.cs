using SalesForDevs.Diagnostics;

namespace SalesForDevs.Files;

/// <summary>
/// Lists the files of one folder of the site (content, static files, a theme's assets and layouts). A symbolic link is
/// followed only while it stays inside the site's folder: a link out of it (to /etc/passwd, /proc/self/environ, a
/// folder elsewhere, /) would publish what is not the site's, so it is an error naming the link, as are loops and links
/// to nothing.
/// </summary>
internal static class SiteFileWalker
{
    /// <param name="siteDirectory">The site's folder; links must resolve inside its real path.</param>
    /// <param name="folder">The folder to list; nothing when it does not exist.</param>
    /// <param name="extension">Only names ending so (such as ".md"); null for every file.</param>
    /// <returns>Full paths as seen through the folder (a link keeps its own name), sorted.</returns>
    public static IReadOnlyList<string> Files(string siteDirectory, string folder, DiagnosticBag diagnostics, string? extension = null)
    {
        var files = new List<string>();
        string site;
        try
        {
            site = RealPath.Resolve(siteDirectory);
        }
        catch (LinkLoopException)
        {
            diagnostics.Error("link-loop", $"the site folder {siteDirectory} is a loop of symbolic links");
            return files;
        }
        var walk = new Walk(siteDirectory, site, diagnostics, extension, files);
        if (new FileInfo(folder).LinkTarget is null && !Directory.Exists(folder)) return files;
        walk.Root(folder);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Whether <paramref name="path"/> may be served or copied as the site's file now: it exists and its real path is
    /// inside the site. <c>sfd serve</c> asks on every request, because a file can become a link after the build.
    /// </summary>
    public static bool IsInsideSite(string siteDirectory, string path)
    {
        try
        {
            var real = RealPath.Resolve(path);
            return File.Exists(real) && RealPath.IsAtOrInside(real, RealPath.Resolve(siteDirectory));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed class Walk(string siteDirectory, string site, DiagnosticBag diagnostics, string? extension, List<string> files)
    {
        /// <summary>The folder to list: its real path must be inside the site, whichever link on the way leads where.</summary>
        public void Root(string folder)
        {
            var shown = Shown(folder);
            string real;
            try
            {
                real = RealPath.Resolve(folder);
            }
            catch (LinkLoopException)
            {
                Error("link-loop", shown, "a loop of symbolic links; remove the link");
                return;
            }
            if (!RealPath.IsAtOrInside(real, site))
            {
                Error("link-outside-site", shown, $"leads through a symbolic link to {real}, outside the site's folder: sfd publishes only the site's own files; copy them into the site instead of linking to them");
                return;
            }
            // The folders above this one, up to the site, count as ancestors too: content/static/up -> .. is a loop.
            var above = new HashSet<string>(StringComparer.Ordinal);
            for (var up = Path.GetDirectoryName(real); up is not null && RealPath.IsAtOrInside(up, site); up = Path.GetDirectoryName(up)) above.Add(up);
            if (Directory.Exists(real)) Folder(folder, real, above);
            else Error("broken-link", shown, "a symbolic link to a folder that does not exist");
        }

        /// <param name="ancestors">Real paths of the folders above: a link back to one of them is a loop.</param>
        private void Folder(string path, string real, HashSet<string> ancestors)
        {
            var inner = new HashSet<string>(ancestors, StringComparer.Ordinal) { real };
            List<FileSystemInfo> children;
            try
            {
                children = new DirectoryInfo(path).EnumerateFileSystemInfos().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Error("unreadable", Shown(path), $"cannot be read: {e.Message}");
                return;
            }
            foreach (var child in children)
            {
                // Only a link needs resolving: below a real folder, an ordinary entry is where it seems. The enumeration
                // already knows which entries are links and folders, so ordinary files cost no extra call.
                var isLink = child.Attributes.HasFlag(FileAttributes.ReparsePoint) && child.LinkTarget is not null;
                var childReal = isLink ? Link(child) : Path.Combine(real, child.Name);
                if (childReal is null) continue;
                if (isLink ? Directory.Exists(childReal) : child is DirectoryInfo)
                {
                    if (inner.Contains(childReal)) Error("link-loop", Shown(child.FullName), "a symbolic link to a folder that contains it, a loop; remove the link");
                    else Folder(child.FullName, childReal, inner);
                }
                else if (extension is null || child.Name.EndsWith(extension, StringComparison.Ordinal)) files.Add(child.FullName);
            }
        }

        /// <summary>The real path of a link that stays inside the site, or null after reporting why it may not be used.</summary>
        private string? Link(FileSystemInfo link)
        {
            var shown = Shown(link.FullName);
            string real;
            try
            {
                real = RealPath.Resolve(link.FullName);
            }
            catch (LinkLoopException)
            {
                Error("link-loop", shown, "a loop of symbolic links; remove the link");
                return null;
            }
            if (!RealPath.IsAtOrInside(real, site))
            {
                Error("link-outside-site", shown,
                    $"a symbolic link to {link.LinkTarget}, outside the site's folder: sfd publishes only the site's own files; copy the file into the site instead of linking to it");
                return null;
            }
            if (!File.Exists(real) && !Directory.Exists(real))
            {
                Error("broken-link", shown, $"a symbolic link to {link.LinkTarget}, which does not exist");
                return null;
            }
            return real;
        }

        private string Shown(string path) => Path.GetRelativePath(siteDirectory, path).Replace('\\', '/');

        private void Error(string code, string path, string message) =>
            diagnostics.Error(code, message, new SourceLocation(path));
    }
}
