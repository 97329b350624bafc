using System.Buffers;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Content;

/// <summary>
/// Reads and parses one content file for a build that keeps nothing between builds: the bytes go into a pooled buffer
/// and only the front matter and the body become strings (<see cref="Utf8FrontMatterSplitter"/>). The result is the
/// one <see cref="ContentLoader.Parse(string, string, ContentKind, DiagnosticBag)"/> gives for the file's text.
/// </summary>
internal static class ContentFileReader
{
    // Larger files go the plain way, which reports what reading them does.
    private const long PooledLimit = 1 << 28;

    public static ContentItem? Read(string fullPath, string path, ContentKind kind, DiagnosticBag diagnostics)
    {
        using var handle = File.OpenHandle(fullPath);
        var length = RandomAccess.GetLength(handle);
        if (length > PooledLimit) return ParseText(File.ReadAllBytes(fullPath), path, kind, diagnostics);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var read = 0;
            while (read < buffer.Length && RandomAccess.Read(handle, buffer.AsSpan(read), read) is var count and > 0) read += count;
            var bytes = buffer.AsSpan(0, read);
            if (Utf8FrontMatterSplitter.TrySplit(bytes) is { } split) return ContentLoader.ParseSplit(split, path, kind, diagnostics);
            return ParseText(bytes.ToArray(), path, kind, diagnostics);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ContentItem? ParseText(byte[] bytes, string path, ContentKind kind, DiagnosticBag diagnostics) =>
        SourceText.Decode(bytes, path, diagnostics) is { } text ? ContentLoader.Parse(text, path, kind, diagnostics) : null;
}
