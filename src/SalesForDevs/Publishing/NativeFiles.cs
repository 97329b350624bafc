using System.Runtime.InteropServices;

namespace SalesForDevs.Publishing;

/// <summary>The two file operations .NET lacks: swapping two folders in one step, and hard links.</summary>
internal static partial class NativeFiles
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    /// <summary>
    /// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE): anyone looking sees one folder or
    /// the other, never neither. False where the system or file system cannot (then the caller uses a journal).
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (renameat2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        // EINVAL: the file system has no exchange; ENOSYS: the kernel has none.
        if (errno is 22 or 38) return false;
        throw new IOException($"cannot swap {b} with the new site: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    /// <summary>Makes <paramref name="to"/> another name of <paramref name="from"/> (a link itself is linked, never followed). False where that fails.</summary>
    public static bool TryHardLink(string from, string to)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return linkat(AtCurrentFolder, from, AtCurrentFolder, to, 0) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int linkat(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, int flags);
}
