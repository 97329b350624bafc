using System.Runtime.InteropServices;

namespace SalesForDevs.Publishing;

internal static partial class NativeFiles
{
    private const int OpenWriteOnly = 0x1, OpenCreate = 0x40, OpenExclusive = 0x80, OpenCloseOnExec = 0x80000;
    private const int Interrupted = 4, Exists = 17, NoEntry = 2, Denied = 13, NotPermitted = 1;
    // rw-rw-rw-, narrowed by the umask: the mode File.Create gives a new file.
    private const int NewFileMode = 0x1B6;

    /// <summary>
    /// Creates the file <paramref name="path"/>, which must not exist yet, holding <paramref name="bytes"/>. On Linux it
    /// costs three system calls (open, write, close); a .NET file handle adds a file-system query, a lock and its
    /// release and a seek to each file, which at a thousand pages is a good part of publishing's processor time. The
    /// lock guards against other processes opening the file, and nobody else knows a staging folder's files.
    /// </summary>
    public static void CreateNew(string path, ReadOnlySpan<byte> bytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
            return;
        }
        var file = OpenNew(path);
        try
        {
            WriteAll(file, bytes, path);
        }
        finally
        {
            close(file);
        }
    }

    /// <summary>As <see cref="CreateNew(string, ReadOnlySpan{byte})"/>, with the file's bytes in <paramref name="segments"/>, in order.</summary>
    public static void CreateNew(string path, IReadOnlyList<ReadOnlyMemory<byte>> segments)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, segments, 0);
            return;
        }
        var file = OpenNew(path);
        try
        {
            foreach (var segment in segments) WriteAll(file, segment.Span, path);
        }
        finally
        {
            close(file);
        }
    }

    private static int OpenNew(string path)
    {
        int file;
        while ((file = open(path, OpenWriteOnly | OpenCreate | OpenExclusive | OpenCloseOnExec, NewFileMode)) < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno != Interrupted) throw Failure(errno, path);
        }
        return file;
    }

    private static void WriteAll(int file, ReadOnlySpan<byte> bytes, string path)
    {
        while (!bytes.IsEmpty)
        {
            var written = write(file, ref MemoryMarshal.GetReference(bytes), bytes.Length);
            if (written >= 0) bytes = bytes[(int)written..];
            else if (Marshal.GetLastPInvokeError() is var errno && errno != Interrupted) throw Failure(errno, path);
        }
    }

    /// <summary>The exception .NET's own file calls throw for the same error.</summary>
    private static Exception Failure(int errno, string path)
    {
        var message = $"{Marshal.GetPInvokeErrorMessage(errno)}: '{path}'";
        return errno switch
        {
            Exists => new IOException($"The file '{path}' already exists.", Exists),
            NoEntry => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
            Denied or NotPermitted => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
            _ => new IOException(message, errno),
        };
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(int file, ref byte bytes, nint count);

    [DllImport("libc")]
    private static extern int close(int file);
}
