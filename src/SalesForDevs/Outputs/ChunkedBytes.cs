namespace SalesForDevs.Outputs;

/// <summary>
/// Bytes of a generated file in fixed-size chunks from a bounded pool of their own. A feed grows chunk by chunk
/// without copying what it holds, the sink writes the chunks with one gathered write, and disposing hands them back
/// for the next feed: whichever thread writes them, the next feed reuses memory instead of asking the collector for
/// a fresh large array. Not thread-safe: one writer, then one owner at a time.
/// </summary>
internal sealed class ChunkedBytes : IDisposable
{
    /// <summary>Small enough to stay off the large object heap; large enough that a feed is a handful of chunks.</summary>
    public const int ChunkSize = 16 * 1024;

    // A few feeds of every size in flight at once; beyond this, returned chunks are left to the collector.
    private const int PoolLimit = 1024;
    private static readonly Stack<byte[]> Pool = new();

    private readonly List<byte[]> _chunks = new(4);
    private int _lastLength = ChunkSize;

    public long Length { get; private set; }

    /// <summary>The written bytes, chunk by chunk, for a gathered write.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Segments =>
        _chunks.Select((chunk, i) => (ReadOnlyMemory<byte>)chunk.AsMemory(0, i == _chunks.Count - 1 ? _lastLength : ChunkSize)).ToList();

    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var room = Room();
            var part = Math.Min(room.Length, bytes.Length);
            bytes[..part].CopyTo(room);
            Advance(part);
            bytes = bytes[part..];
        }
    }

    /// <summary>Free space in the last chunk, never empty: a new chunk starts when the last one is full.</summary>
    public Span<byte> Room()
    {
        if (_lastLength == ChunkSize)
        {
            _chunks.Add(Rent());
            _lastLength = 0;
        }
        return _chunks[^1].AsSpan(_lastLength);
    }

    /// <summary>Counts <paramref name="count"/> bytes just written into <see cref="Room"/>.</summary>
    public void Advance(int count)
    {
        _lastLength += count;
        Length += count;
    }

    public void CopyTo(Span<byte> destination)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            var length = i == _chunks.Count - 1 ? _lastLength : ChunkSize;
            _chunks[i].AsSpan(0, length).CopyTo(destination);
            destination = destination[length..];
        }
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>Empties this to write something else into it, keeping its first chunk.</summary>
    public void Clear()
    {
        for (var i = _chunks.Count - 1; i > 0; i--)
        {
            Return(_chunks[i]);
            _chunks.RemoveAt(i);
        }
        _lastLength = _chunks.Count == 0 ? ChunkSize : 0;
        Length = 0;
    }

    /// <summary>Hands every chunk back to the pool; this is empty afterwards.</summary>
    public void Dispose()
    {
        foreach (var chunk in _chunks) Return(chunk);
        _chunks.Clear();
        _lastLength = ChunkSize;
        Length = 0;
    }

    private static byte[] Rent()
    {
        lock (Pool)
        {
            if (Pool.Count > 0) return Pool.Pop();
        }
        return GC.AllocateUninitializedArray<byte>(ChunkSize);
    }

    private static void Return(byte[] chunk)
    {
        lock (Pool)
        {
            if (Pool.Count < PoolLimit) Pool.Push(chunk);
        }
    }
}
