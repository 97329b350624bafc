using System.Text;
using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Writes the site into a staging folder beside the output, then swaps it in with two renames.
/// Nothing touches the previous output until every file is written, so a failed build leaves it as it was.
/// </summary>
public static class SitePublisher
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Publish(string outputDirectory, IReadOnlyCollection<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        try
        {
            WriteAll(staging, files);
            Swap(staging, output, Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}"));
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Writes files in parallel; folders are created first, once each, to avoid racing on them.</summary>
    public static void WriteAll(string root, IReadOnlyCollection<OutputFile> files)
    {
        Directory.CreateDirectory(root);
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
            Directory.CreateDirectory(Path.Combine(root, folder!));
        Parallel.ForEach(files, file =>
        {
            var target = Path.Combine(root, file.Path);
            if (file.CopyFrom is not null) File.Copy(file.CopyFrom, target, overwrite: true);
            else File.WriteAllText(target, file.Text, Utf8);
        });
    }

    private static void Swap(string staging, string output, string old)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }
        Directory.Delete(old, recursive: true);
    }
}
