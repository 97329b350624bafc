using System.Runtime.InteropServices;

namespace SalesForDevs.Publishing;

internal static partial class NativeFiles
{
    private const int OpenReadOnly = 0;
    // FS_IOC_GETFLAGS, FS_IOC_SETFLAGS and FS_TOPDIR_FL (chattr +T) of linux/fs.h.
    private const nuint GetFlags = 0x80086601, SetFlags = 0x40086602;
    private const int TopOfTreeFlag = 0x20000;

    /// <summary>
    /// Marks <paramref name="folder"/> as the top of a directory tree (chattr +T): ext4 then places each folder made
    /// in it apart, in the block group with the fewest folders, instead of beside it. False where the system or the
    /// file system has no such mark (most file systems but ext2, ext3 and ext4).
    /// </summary>
    public static bool TryMarkTopOfTree(string folder)
    {
        if (!OperatingSystem.IsLinux()) return false;
        var descriptor = open(folder, OpenReadOnly | OpenCloseOnExec, 0);
        if (descriptor < 0) return false;
        try
        {
            var flags = 0;
            if (ioctl(descriptor, GetFlags, ref flags) != 0) return false;
            flags |= TopOfTreeFlag;
            return ioctl(descriptor, SetFlags, ref flags) == 0;
        }
        finally
        {
            close(descriptor);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int ioctl(int descriptor, nuint request, ref int flags);
}
