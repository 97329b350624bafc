using System.Runtime.InteropServices;
using SalesForDevs.Publishing;

namespace SalesForDevs.Tests.Publishing;

// Issue 14: a staging folder is made apart from the output it replaces, so a first build after rm -rf of the output
// does not allocate its inodes among the ones just freed.
public sealed class StagingFoldersTests : IDisposable
{
    private const int Ext2Ext3Ext4 = 0xEF53;
    private const int TopOfTreeFlag = 0x20000;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sfd-staging-folders-" + Guid.NewGuid().ToString("N"));

    public StagingFoldersTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void A_new_staging_folder_is_empty_unmarked_and_the_only_entry_it_leaves_beside_the_output()
    {
        var names = new StagingFolders(_root, "_site");

        var staging = names.CreateStaging();

        Assert.True(Directory.Exists(staging));
        Assert.Empty(Directory.EnumerateFileSystemEntries(staging));
        Assert.Equal(_root, Path.GetDirectoryName(staging));
        Assert.True(names.IsStaging(Path.GetFileName(staging)));
        Assert.Equal([staging], Directory.GetFileSystemEntries(_root));
        // The mark belongs to the folder it was made in, which is gone: the staged site, later the output, carries none.
        Assert.False(Flags(staging) is { } flags && (flags & TopOfTreeFlag) != 0);
    }

    [Fact]
    public void Two_staging_folders_have_different_names()
    {
        var names = new StagingFolders(_root, "_site");
        Assert.NotEqual(names.CreateStaging(), names.CreateStaging());
        Assert.Equal(2, Directory.GetDirectories(_root).Length);
    }

    [Fact]
    public void A_folder_is_marked_as_the_top_of_a_tree_where_the_file_system_has_the_mark()
    {
        var folder = Path.Combine(_root, "top");
        Directory.CreateDirectory(folder);

        var marked = NativeFiles.TryMarkTopOfTree(folder);

        // ext4 (and ext2, ext3) always take the mark from the folder's owner; elsewhere the answer must be the truth.
        if (OperatingSystem.IsLinux() && FileSystemType(folder) == Ext2Ext3Ext4) Assert.True(marked);
        Assert.Equal(marked, Flags(folder) is { } flags && (flags & TopOfTreeFlag) != 0);
        Directory.CreateDirectory(Path.Combine(folder, "child"));
        Assert.False(Flags(Path.Combine(folder, "child")) is { } childFlags && (childFlags & TopOfTreeFlag) != 0);
    }

    [Fact]
    public void A_missing_folder_is_not_marked()
    {
        Assert.False(NativeFiles.TryMarkTopOfTree(Path.Combine(_root, "missing")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>The folder's inode flags (lsattr), or null where the system or file system has none.</summary>
    private static int? Flags(string folder)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var descriptor = open(folder, 0x80000, 0);
        Assert.True(descriptor >= 0);
        try
        {
            var flags = 0;
            return ioctl(descriptor, 0x80086601, ref flags) == 0 ? flags : null;
        }
        finally
        {
            close(descriptor);
        }
    }

    /// <summary>The file system's magic number (statfs f_type, the first field on 64-bit Linux).</summary>
    private static long FileSystemType(string path)
    {
        var buffer = new byte[256];
        Assert.Equal(0, statfs(path, buffer));
        return BitConverter.ToInt64(buffer, 0);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int ioctl(int descriptor, nuint request, ref int flags);

    [DllImport("libc")]
    private static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int statfs([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
