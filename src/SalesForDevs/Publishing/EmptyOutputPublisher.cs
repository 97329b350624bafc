using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Files;
using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Publishes a first build: into an output folder that is missing or empty there is nothing to compare with and
/// nothing to keep, so pages go to the staging folder while the site is still rendering (<see cref="IOutputSink"/>),
/// and no page is held in memory until the end. The staging folder, the lock and the swap are those of
/// <see cref="SitePublisher"/>: a failed or killed build still leaves the output as it was.
/// </summary>
internal sealed class EmptyOutputPublisher : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _shownOutput;
    private readonly StagingFolders _names;
    private readonly PublishLock _lock;
    private readonly string _staging;
    private readonly StagingWriter _writer;

    private EmptyOutputPublisher(string output, string shownOutput, StagingFolders names, PublishLock held, string staging)
    {
        _output = output;
        _shownOutput = shownOutput;
        _names = names;
        _lock = held;
        _staging = staging;
        _writer = new StagingWriter(staging);
    }

    /// <summary>
    /// Starts publishing into <paramref name="outputDirectory"/> if it is missing or empty and no other build is
    /// publishing beside it; otherwise null, and the build publishes the usual way (which compares, waits or reports).
    /// </summary>
    public static EmptyOutputPublisher? TryStart(string outputDirectory)
    {
        try
        {
            return Start(outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The usual publish meets the same problem later and reports it.
            return null;
        }
    }

    private static EmptyOutputPublisher? Start(string outputDirectory)
    {
        var output = RealPath.Resolve(outputDirectory);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || File.Exists(output) || IsOccupied(output)) return null;
        Directory.CreateDirectory(parent);
        var names = new StagingFolders(parent, Path.GetFileName(output));
        var held = PublishLock.TryTake(parent, names.LockFile);
        if (held is null) return null;
        try
        {
            FolderSwap.Recover(output, names);
            names.RemoveStale();
            // Checked again holding the lock: a swap that was finished just now may have filled it.
            if (IsOccupied(output))
            {
                held.Dispose();
                return null;
            }
            var staging = names.CreateStaging();
            return new EmptyOutputPublisher(output, outputDirectory, names, held, staging);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    public OutputFile Write(OutputFile file)
    {
        if (file.Text is not null) return OutputFile.Written(file.Path, _writer.Write(file.Path, file.Text));
        if (file.Bytes is not null) return OutputFile.Written(file.Path, _writer.Write(file.Path, file.Bytes));
        return file;
    }

    public OutputFile Write(string path, byte[] buffer, int length) => OutputFile.Written(path, _writer.Write(path, buffer, length));

    public OutputFile Write(string path, ChunkedBytes bytes) => OutputFile.Written(path, _writer.Write(path, bytes));

    /// <summary>Writes what was not written yet, then swaps the staged site in.</summary>
    /// <returns>How many files were written, or null when the output holds what sfd may not replace (reasons in <paramref name="diagnostics"/>).</returns>
    public int? Finish(IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics, bool force)
    {
        _writer.Complete();
        // The lock keeps other builds out, not people: if something appeared in the output meanwhile, the usual
        // comparison decides what may be replaced, with the staged pages as the files to copy.
        if (IsOccupied(_output))
            return SitePublisher.PublishLocked(_output, _shownOutput, _names,
                files.Select(f => f.WrittenLength is null ? f : OutputFile.Copy(f.Path, SitePaths.ToFileSystem(_staging, f.Path))).ToList(),
                diagnostics, force, exchange: true);

        var rest = files.Where(f => f.WrittenLength is null).Select(f => PlannedFile.From(f, f.CopyFrom is null ? PublishPlanner.Encode(f) : null)).ToList();
        SitePublisher.Stage(_staging, _output, new PublishPlan(rest, []), files.Select(f => f.Path));
        FolderSwap.Replace(_output, _staging, _names);
        return files.Count;
    }

    public void Dispose()
    {
        try
        {
            _writer.Dispose();
            FolderRemover.Remove(_staging);
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private static bool IsOccupied(string output) => Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any();
}
