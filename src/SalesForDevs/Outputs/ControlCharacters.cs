using System.Buffers;

namespace SalesForDevs.Outputs;

/// <summary>
/// Removes the C0 control characters (U+0000 to U+001F) other than tab, line feed and carriage return from a page.
/// A title or tag pasted with one in it would otherwise reach &lt;title&gt;, headings and meta tags raw, where HTML
/// forbids them. Feeds clean their text the same way (<see cref="Feeds.XmlText"/>).
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());

    // In UTF-8 these are single bytes, which never occur inside a multi-byte character.
    private static readonly SearchValues<byte> ForbiddenBytes = SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(c => (byte)c).Where(c => c is not ((byte)'\t' or (byte)'\n' or (byte)'\r')).ToArray());

    /// <summary>Where the first character <see cref="Remove"/> would remove is, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text) => text.IndexOfAny(Forbidden);

    /// <summary>Where the first such character is in UTF-8 text, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<byte> utf8) => utf8.IndexOfAny(ForbiddenBytes);

    public static string Remove(string text)
    {
        var first = text.AsSpan().IndexOfAny(Forbidden);
        if (first < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!Forbidden.Contains(text[i])) builder.Append(text[i]);
        }
        return builder.ToString();
    }
}
