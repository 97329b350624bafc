namespace SalesForDevs.Outputs;

/// <summary>
/// A file's bytes as parts: a head, items with a separator between them, and a tail (the search index: its header,
/// the documents with commas, and the closing brackets). sfd serve keeps the parts of unchanged documents from build to
/// build and sends them one after another, instead of copying megabytes into a new array after every edit; a build
/// that writes the file joins them once (<see cref="ToArray"/>).
/// </summary>
internal sealed class JoinedBytes(byte[] head, IReadOnlyList<byte[]> items, byte separator, byte[] tail)
{
    /// <summary>The number of bytes the parts make.</summary>
    public long Length { get; } = head.Length + items.Sum(i => (long)i.Length) + Math.Max(0, items.Count - 1) + tail.Length;

    /// <summary>The whole file in one exactly sized array.</summary>
    public byte[] ToArray()
    {
        // Every byte is written below, so the array need not be cleared first.
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var at = 0;
        foreach (var part in Parts())
        {
            part.Span.CopyTo(bytes.AsSpan(at));
            at += part.Length;
        }
        return bytes;
    }

    /// <summary>The parts in order, separators included.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Parts()
    {
        var separators = new[] { separator };
        yield return head;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) yield return separators;
            yield return items[i];
        }
        yield return tail;
    }

    /// <summary>Writes the parts to <paramref name="stream"/> without joining them, gathered into writes of a useful size.</summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellation)
    {
        const int Chunk = 64 * 1024;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            var used = 0;
            foreach (var part in Parts())
            {
                if (used + part.Length > buffer.Length && used > 0)
                {
                    await stream.WriteAsync(buffer.AsMemory(0, used), cancellation);
                    used = 0;
                }
                if (part.Length >= buffer.Length) await stream.WriteAsync(part, cancellation);
                else
                {
                    part.Span.CopyTo(buffer.AsSpan(used));
                    used += part.Length;
                }
            }
            if (used > 0) await stream.WriteAsync(buffer.AsMemory(0, used), cancellation);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
