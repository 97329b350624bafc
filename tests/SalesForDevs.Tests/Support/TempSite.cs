using SalesForDevs.Building;
using SalesForDevs.Linking;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// A throwaway site on disk for one test. Files come from a txtar-like text: "-- path --" lines start each file.
/// The default theme is copied in unless the text brings its own themes/ files.
/// </summary>
internal sealed class TempSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sfd-test-" + Guid.NewGuid().ToString("N"));
    public string Output => Path.Combine(Root, "_site");

    public TempSite(string files, bool copyTheme = true)
    {
        Directory.CreateDirectory(Root);
        if (copyTheme) CopyDirectory(RepoPaths.DefaultTheme, Path.Combine(Root, "themes", "default"));
        foreach (var (path, text) in Parse(files)) Write(path, text);
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public BuildResult Build(BuildOptions? options = null) =>
        SiteBuilder.Build(Root, Output, options ?? new BuildOptions { Now = Now });

    public static IEnumerable<(string Path, string Text)> Parse(string files)
    {
        string? path = null;
        var text = new System.Text.StringBuilder();
        var lines = files.Replace("\r\n", "\n").Split('\n');
        // A text ending in a newline has no line after it.
        foreach (var line in lines.Take(lines[^1].Length == 0 ? lines.Length - 1 : lines.Length))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null) yield return (path, text.ToString());
                path = line[3..^3].Trim();
                text.Clear();
            }
            else if (path is not null) text.Append(line).Append('\n');
        }
        if (path is not null) yield return (path, text.ToString());
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Every file under a folder with its bytes, for byte-for-byte comparisons.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
