using System.Text;

namespace SalesForDevs.Diagnostics;

/// <summary>
/// Reads a source file of the site (markdown, site.yml, a template) as strict UTF-8. A file in another encoding
/// (Latin-1, Windows-1252) would otherwise build as mojibake without a word, so invalid bytes are an error at the
/// line and column of the first one. A leading byte order mark is accepted and dropped.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="fullPath">The file to read.</param>
    /// <param name="displayPath">The site-relative path that names the file in diagnostics.</param>
    /// <returns>The text, or null when it is not UTF-8 (the error is in <paramref name="diagnostics"/>).</returns>
    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics) =>
        Decode(File.ReadAllBytes(fullPath), displayPath, diagnostics);

    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidByte(bytes, start);
            var (line, column) = Position(bytes, start, bad);
            diagnostics.Error("not-utf8",
                $"the file is not UTF-8: byte 0x{bytes[bad]:X2} cannot start or continue a UTF-8 character; save the file as UTF-8 (it may be Latin-1 or Windows-1252)",
                new SourceLocation(displayPath, line, column));
            return null;
        }
    }

    private static int FirstInvalidByte(byte[] bytes, int start)
    {
        var span = bytes.AsSpan(start);
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return start + offset;
            offset += consumed;
        }
        return bytes.Length - 1;
    }

    /// <summary>1-based line, and the column counted in characters of the valid text before the bad byte.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int start, int bad)
    {
        var lineStart = start;
        var line = 1;
        for (var i = start; i < bad; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        }
        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, bad - lineStart) + 1);
    }
}
