namespace SalesForDevs.Outputs;

/// <summary>
/// One file of the built site: a site-relative path (forward slashes) and either generated text
/// (written as UTF-8 without BOM), a source file to copy as-is, or bytes held in memory (a built-in theme's assets).
/// </summary>
internal sealed record OutputFile(string Path, string? Text, string? CopyFrom = null)
{
    private byte[]? _bytes;

    /// <summary>The file's exact content, when it is neither generated text nor a file on disk (for <see cref="Parts"/>, joined once when first asked for).</summary>
    public byte[]? Bytes
    {
        get => _bytes ??= Parts?.ToArray();
        init => _bytes = value;
    }

    /// <summary>The file's content as parts, when it was made of them (sfd serve sends them without joining them).</summary>
    public JoinedBytes? Parts { get; init; }

    /// <summary>Set when generated text was already written to disk as it was produced (<see cref="IOutputSink"/>): its size in bytes; the text is not kept.</summary>
    public long? WrittenLength { get; init; }

    /// <summary>Generated text: held in <see cref="Text"/>, or already written out.</summary>
    public bool IsGenerated => Text is not null || WrittenLength is not null;

    public static OutputFile Generated(string path, string text) => new(path, text);

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    public static OutputFile Written(string path, long length) => new(path, null) { WrittenLength = length };

    public static OutputFile Data(string path, byte[] bytes) => new(path, null) { Bytes = bytes };

    public static OutputFile Joined(string path, JoinedBytes parts) => new(path, null) { Parts = parts };
}
