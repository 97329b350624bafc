using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesForDevs.Rendering.Markdown.Extensions.Images;

/// <summary>
/// Reads an image's pixel size from its header alone: PNG, GIF, JPEG (the first start-of-frame marker), WebP (VP8,
/// VP8L, VP8X) and SVG (width/height in px or unitless, else the viewBox). Null for anything else or a damaged file.
/// </summary>
internal static partial class ImageSize
{
    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var head = new byte[Math.Min(file.Length, 64 * 1024)];
            file.ReadExactly(head);
            return Read(head, path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static (int Width, int Height)? Read(ReadOnlySpan<byte> b, bool svg = false)
    {
        if (b.Length >= 24 && b[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return Valid(BinaryPrimitives.ReadInt32BigEndian(b[16..]), BinaryPrimitives.ReadInt32BigEndian(b[20..]));
        if (b.Length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F')
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]));
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8) return Jpeg(b);
        if (b.Length >= 30 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return WebP(b);
        return svg ? Svg(System.Text.Encoding.UTF8.GetString(b)) : null;
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return Valid(BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            i += 2 + length;
        }
        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> b)
    {
        var chunk = b[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return Valid((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
            return Valid((b[24] | b[25] << 8 | b[26] << 16) + 1, (b[27] | b[28] << 8 | b[29] << 16) + 1);
        return null;
    }

    private static (int, int)? Svg(string text)
    {
        var root = SvgRoot().Match(text);
        if (!root.Success) return null;
        var tag = root.Value;
        var width = Length(tag, "width");
        var height = Length(tag, "height");
        if (width is { } w && height is { } h) return Valid((int)Math.Round(w), (int)Math.Round(h));
        var viewBox = ViewBox().Match(tag);
        if (!viewBox.Success) return null;
        var parts = viewBox.Groups[1].Value.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var vw)
            || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var vh)) return null;
        return Valid((int)Math.Round(vw), (int)Math.Round(vh));
    }

    private static double? Length(string tag, string name)
    {
        var m = Regex.Match(tag, $@"\s{name}\s*=\s*[""']\s*([0-9.]+)\s*(px)?\s*[""']");
        return m.Success && double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static (int, int)? Valid(int width, int height) => width > 0 && height > 0 ? (width, height) : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();

    [GeneratedRegex(@"\sviewBox\s*=\s*[""']([^""']+)[""']")]
    private static partial Regex ViewBox();
}
