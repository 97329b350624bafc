namespace SalesForDevs.Notifying;

/// <summary>
/// An exclusive lock on a site's notify state, held for a whole <c>sfd notify</c> run: a second run at the same time
/// would read the same state and announce the same posts again. It is an OS lock on <c>STATE.lock</c> beside the
/// state file (flock on Linux and macOS, a share-none handle on Windows), so a killed run releases it at once. The
/// file itself stays: deleting a lock file while another run waits on it would let a third run in.
/// </summary>
internal sealed class NotifyLock : IDisposable
{
    private readonly FileStream _handle;

    private NotifyLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock, or returns null (with <paramref name="problem"/>) when another run holds it or it cannot be made.</summary>
    public static NotifyLock? TryTake(string statePath, string displayPath, out string problem)
    {
        var path = statePath + ".lock";
        problem = "";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            return new NotifyLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            problem = $"another sfd notify is running for this site (it holds {displayPath}.lock); wait for it to finish, then run sfd notify again to send what it did not";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot make the lock file {displayPath}.lock: {ex.Message}";
        }
        return null;
    }

    public void Dispose() => _handle.Dispose();
}
