using System.Text;

namespace SalesForDevs.Content;

/// <summary>
/// <see cref="FrontMatterSplitter"/> on a file's UTF-8 bytes: the front matter and the body are decoded apart, so the
/// whole file is never a string of its own. The fences and line ends it looks for are ASCII, which never occurs inside
/// a multi-byte character, so the split falls where the text's would. Only the usual file takes this way: one without
/// front matter, with front matter never closed, or not UTF-8 gives null, and the caller decodes the whole file to
/// report it as before.
/// </summary>
internal static class Utf8FrontMatterSplitter
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SplitSource? TrySplit(ReadOnlySpan<byte> bytes)
    {
        // Reading the file drops a byte order mark, and splitting its text drops another.
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        int firstLineEnd;
        if (bytes.StartsWith("---\n"u8)) firstLineEnd = 3;
        else if (bytes.StartsWith("---\r\n"u8)) firstLineEnd = 4;
        else return null;

        var position = firstLineEnd + 1;
        var line = 2;
        while (position < bytes.Length)
        {
            var found = bytes[position..].IndexOf((byte)'\n');
            var end = found < 0 ? -1 : position + found;
            var lineBytes = (end < 0 ? bytes[position..] : bytes[position..end]).TrimEnd((byte)'\r');
            if (lineBytes.SequenceEqual("---"u8) || lineBytes.SequenceEqual("..."u8))
            {
                try
                {
                    var yaml = Strict.GetString(bytes[(firstLineEnd + 1)..position]);
                    var body = end < 0 ? "" : Strict.GetString(bytes[(end + 1)..]);
                    return new SplitSource(yaml, 2, body, line + 1, null);
                }
                catch (DecoderFallbackException)
                {
                    return null;
                }
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        return null;
    }
}
