using SalesForDevs.Diagnostics;
using SalesForDevs.Files;

namespace SalesForDevs.Publishing;

/// <summary>
/// Refuses, before anything is built, an output folder that publishing would destroy or that a build would read: the
/// site folder, a folder above it, and the folders of its sources. Paths are compared where they really lead, every
/// symbolic link followed, so a link to the site is the site. No option overrides this.
/// </summary>
internal static class OutputGuard
{
    /// <summary>The site's own folders, which no output may be, be inside of, or contain.</summary>
    public static readonly string[] SourceFolders = ["content", "themes", "layouts", ".sfd", ".git", ".github"];

    /// <param name="force">--force: a folder sfd did not make is accepted (never one of the site's own).</param>
    public static bool Check(string siteDirectory, string outputDirectory, DiagnosticBag diagnostics, bool force = false)
    {
        string site, output;
        try
        {
            site = RealPath.Resolve(siteDirectory);
            output = RealPath.Resolve(outputDirectory);
        }
        catch (LinkLoopException e)
        {
            diagnostics.Error("bad-output", $"{e.LinkPath} is a loop of symbolic links; choose another --output, such as _site");
            return false;
        }
        var shown = output == Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) ? outputDirectory : $"{outputDirectory} (which leads to {output})";
        if (RealPath.IsAtOrInside(site, output))
            return Refuse(diagnostics, $"the output folder {shown} is the site folder or contains it; building there would replace your sources. Choose another --output, such as _site");
        foreach (var name in SourceFolders)
        {
            var source = RealPath.Resolve(Path.Combine(siteDirectory, name));
            if (RealPath.IsAtOrInside(output, source) || RealPath.IsAtOrInside(source, output))
                return Refuse(diagnostics, $"the output folder {shown} is or holds the site's {name}/ folder, or lies inside it; sfd would replace or read its own output there. Choose another --output, such as _site");
        }
        if (File.Exists(output))
            return Refuse(diagnostics, $"the output {shown} is a file, not a folder; choose another --output, such as _site");
        // Said before the site is rendered when it is plain; publishing decides the subtle cases with the site's file list.
        if (!force && !PublishPlanner.MayBeOurs(output))
        {
            var entries = Directory.EnumerateFileSystemEntries(output).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal);
            PublishPlanner.NotOurs(outputDirectory, entries.Where(e => !e.StartsWith('.')).Concat(entries.Where(e => e.StartsWith('.'))), diagnostics);
            return false;
        }
        return true;
    }

    private static bool Refuse(DiagnosticBag diagnostics, string message)
    {
        diagnostics.Error("bad-output", message);
        return false;
    }
}
