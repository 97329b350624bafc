using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using SalesForDevs.Content;
using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>
/// Writes generated files into a staging folder while the site is still rendering. The rendering thread encodes the
/// text as UTF-8 into a pooled buffer; a few writer threads create the folders and files, since each of those waits on
/// the disk's journal rather than the processor. The queue is bounded, so rendering never runs far ahead of the disk
/// and memory holds a few dozen pages, not the whole site.
/// </summary>
internal sealed class StagingWriter : IDisposable
{
    private const int QueuedFiles = 64;
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly int Threads = Math.Max(4, 2 * Environment.ProcessorCount);

    private readonly string _root;
    private readonly BlockingCollection<(string Path, byte[] Buffer, int Length, bool Pooled, ChunkedBytes? Chunks)> _queue = new(QueuedFiles);
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
        if (Volatile.Read(ref _failure) is not null || _queue.IsAddingCompleted) ArrayPool<byte>.Shared.Return(buffer);
        else _queue.Add((path, buffer, length, true, null));
        return length;
    }

    /// <summary>Queues the first <paramref name="length"/> bytes of <paramref name="pooled"/>, a buffer rented from the shared pool that is returned there once written.</summary>
    public long Write(string path, byte[] pooled, int length)
    {
        if (Volatile.Read(ref _failure) is not null || _queue.IsAddingCompleted) ArrayPool<byte>.Shared.Return(pooled);
        else _queue.Add((path, pooled, length, true, null));
        return length;
    }

    /// <summary>Queues <paramref name="chunks"/>, which are disposed (their chunks handed back) once written.</summary>
    public long Write(string path, ChunkedBytes chunks)
    {
        var length = chunks.Length;
        if (Volatile.Read(ref _failure) is not null || _queue.IsAddingCompleted) chunks.Dispose();
        else _queue.Add((path, [], 0, false, chunks));
        return length;
    }

    /// <summary>Queues <paramref name="bytes"/> (which must not change afterwards) to be written at the site path <paramref name="path"/>.</summary>
    public long Write(string path, byte[] bytes)
    {
        if (Volatile.Read(ref _failure) is null && !_queue.IsAddingCompleted) _queue.Add((path, bytes, bytes.Length, false, null));
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
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
    }

    private void Work()
    {
        foreach (var (path, buffer, length, pooled, chunks) in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (Volatile.Read(ref _failure) is not null) continue;
                if (chunks is not null) WriteFile(path, chunks);
                else WriteFile(path, buffer.AsSpan(0, length));
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

    private void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = Create(path);
        RandomAccess.Write(handle, bytes, 0);
    }

    private void WriteFile(string path, ChunkedBytes chunks)
    {
        using var handle = Create(path);
        RandomAccess.Write(handle, chunks.Segments, 0);
    }

    private Microsoft.Win32.SafeHandles.SafeFileHandle Create(string path)
    {
        var target = SitePaths.ToFileSystem(_root, path);
        var folder = Path.GetDirectoryName(target)!;
        // The entry is added only once its folder exists, so a thread that finds it can write at once.
        _folders.GetOrAdd(folder, static f =>
        {
            Directory.CreateDirectory(f);
            return 0;
        });
        // CreateNew: two outputs of one path would be a bug, and must not pass silently as the last one winning.
        return File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
    }
}
