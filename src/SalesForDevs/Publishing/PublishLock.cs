using System.Runtime.InteropServices;

namespace SalesForDevs.Publishing;

/// <summary>
/// One publish at a time into the outputs of one parent folder. On Linux and macOS the lock is the system's lock on
/// the parent folder itself, so it leaves no file behind and a killed build releases it at once; the next build can
/// then tell a stale staging folder from one in use. Windows locks a file beside the output instead.
/// </summary>
internal sealed class PublishLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    // A lock taken with flock belongs to the open file, which a child process inherits unless it is closed on exec:
    // a browser or editor started while a build holds the lock would otherwise keep holding it after the build ends.
    private static readonly int CloseOnExec = OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() ? 0x1000000 : 0x80000;

    private readonly int _descriptor = -1;
    private readonly FileStream? _file;

    private PublishLock(int descriptor) => _descriptor = descriptor;

    private PublishLock(FileStream file) => _file = file;

    /// <param name="folder">The output's parent folder.</param>
    /// <param name="windowsLockFile">The file to lock where folders cannot be locked.</param>
    /// <returns>The lock, or null while another process holds it.</returns>
    public static PublishLock? TryTake(string folder, string windowsLockFile)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return new PublishLock(new FileStream(windowsLockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(windowsLockFile))
            {
                return null;
            }
        }
        var descriptor = open(folder, CloseOnExec);
        if (descriptor < 0) throw new IOException($"cannot open {folder}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        if (flock(descriptor, LockExclusive | LockNonBlocking) == 0) return new PublishLock(descriptor);
        close(descriptor);
        return null;
    }

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> while another process holds it; null if it is still held then.</summary>
    public static PublishLock? Take(string folder, string windowsLockFile, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var taken = TryTake(folder, windowsLockFile);
            if (taken is not null || DateTime.UtcNow >= deadline) return taken;
            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        _file?.Dispose();
        if (_descriptor >= 0) close(_descriptor);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int descriptor, int operation);

    [DllImport("libc")]
    private static extern int close(int descriptor);
}
