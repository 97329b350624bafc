using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using SalesForDevs.Content;
using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Writes generated files into a staging folder while the site is still rendering. The rendering thread encodes the
/// text as UTF-8 into a pooled buffer; writer threads create the folders and files, each folder once, each file with
/// open, write and close (<see cref="NativeFiles.CreateNew(string, ReadOnlySpan{byte})"/>). The queue is bounded, so rendering never runs far
/// ahead of the disk and memory holds a few dozen pages, not the whole site.
/// </summary>
internal sealed class StagingWriter : IDisposable
{
    private const int QueuedFiles = 64;
    private const int WakeWritersAt = 8;
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly int Threads = WriterThreads();

    private readonly string _root;
    private readonly StagingQueue<(string Path, byte[] Buffer, int Length, bool Pooled, ChunkedBytes? Chunks)> _queue = new(QueuedFiles, WakeWritersAt);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly List<Thread> _threads;
    private ExceptionDispatchInfo? _failure;

    public StagingWriter(string root)
    {
        _root = root;
        _threads = Enumerable.Range(0, Threads).Select(_ => new Thread(Work) { IsBackground = true, Name = "sfd staging writer" }).ToList();
        foreach (var thread in _threads) thread.Start();
    }

    /// <summary>Queues <paramref name="text"/> to be written at the site path <paramref name="path"/>.</summary>
    /// <returns>Its length in bytes.</returns>
    public long Write(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        var length = Utf8.GetBytes(text, buffer);
        if (Volatile.Read(ref _failure) is not null || !_queue.TryAdd((path, buffer, length, true, null))) ArrayPool<byte>.Shared.Return(buffer);
        return length;
    }

    /// <summary>Queues the first <paramref name="length"/> bytes of <paramref name="pooled"/>, a buffer rented from the shared pool that is returned there once written.</summary>
    public long Write(string path, byte[] pooled, int length)
    {
        if (Volatile.Read(ref _failure) is not null || !_queue.TryAdd((path, pooled, length, true, null))) ArrayPool<byte>.Shared.Return(pooled);
        return length;
    }

    /// <summary>Queues <paramref name="chunks"/>, which are disposed (their chunks handed back) once written.</summary>
    public long Write(string path, ChunkedBytes chunks)
    {
        var length = chunks.Length;
        if (Volatile.Read(ref _failure) is not null || !_queue.TryAdd((path, [], 0, false, chunks))) chunks.Dispose();
        return length;
    }

    /// <summary>Queues <paramref name="bytes"/> (which must not change afterwards) to be written at the site path <paramref name="path"/>.</summary>
    public long Write(string path, byte[] bytes)
    {
        if (Volatile.Read(ref _failure) is null) _queue.TryAdd((path, bytes, bytes.Length, false, null));
        return bytes.Length;
    }

    /// <summary>Waits until every queued file is written; rethrows the first failure.</summary>
    public void Complete()
    {
        Stop();
        _failure?.Throw();
    }

    public void Dispose() => Stop();

    private void Stop()
    {
        _queue.Complete();
        foreach (var thread in _threads) thread.Join();
    }

    private void Work()
    {
        // A new file only (NativeFiles.CreateNew): two outputs of one path would be a bug, and must not pass silently as
        // the last one winning.
        while (_queue.TryTake(out var item))
        {
            var (path, buffer, length, pooled, chunks) = item;
            try
            {
                if (Volatile.Read(ref _failure) is not null) continue;
                if (chunks is not null) NativeFiles.CreateNew(FileFor(path), chunks.Segments);
                else NativeFiles.CreateNew(FileFor(path), buffer.AsSpan(0, length));
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                if (pooled) ArrayPool<byte>.Shared.Return(buffer);
                chunks?.Dispose();
            }
        }
    }

    /// <summary>The file for a site path, its folder made if this is the first file into it.</summary>
    private string FileFor(string path)
    {
        var target = SitePaths.ToFileSystem(_root, path);
        var folder = Path.GetDirectoryName(target)!;
        // The entry is added only once its folder exists, so a thread that finds it can write at once.
        _folders.GetOrAdd(folder, static f =>
        {
            Directory.CreateDirectory(f);
            return 0;
        });
        return target;
    }

    /// <summary>
    /// Two writers, whatever the number of cores: creating a file is mostly the kernel's work on the folder it goes
    /// into, and more threads add thread switches and waits on folder locks rather than speed, while the rendering
    /// threads need the cores (measured in bench/README.md). One on a single core.
    /// </summary>
    private static int WriterThreads() => Math.Min(2, Environment.ProcessorCount);
}
