namespace SalesForDevs.Outputs.Images;

/// <summary>
/// Which resized copies of one image can share one decode without a pixel changing. libvips' thumbnail, which made
/// every copy on its own before, starts from a decode that depends on the width asked for: a JPEG is decoded at 1/2,
/// 1/4 or 1/8 size while it is read (DCT scaling) when the copy is at least 4, 8 or 16 times narrower, and a PNG is
/// always decoded whole. Copies whose thumbnail would start from the same decode are made from one decode, kept in
/// memory; a WebP (libwebp scales by any factor while decoding) or any other format keeps one decode per width.
/// </summary>
internal static class DecodePlan
{
    /// <param name="loader">The libvips loader that reads the file (found from its bytes, not its name), e.g. "jpegload_buffer".</param>
    /// <param name="uprightWidth">The image's width once turned upright by its EXIF orientation: the side the copy's width applies to.</param>
    /// <param name="widths">The widths of the copies to make.</param>
    /// <returns>Groups in ascending order of width: the JPEG shrink (1 = a whole decode) to decode at and the widths to
    /// make from that decode, or a null shrink for widths that each need a decode of their own.</returns>
    public static IReadOnlyList<(int? Shrink, IReadOnlyList<int> Widths)> Group(string loader, int uprightWidth, IEnumerable<int> widths)
    {
        var distinct = widths.Distinct().Order().ToList();
        if (loader.StartsWith("jpegload", StringComparison.Ordinal) || loader.StartsWith("uhdrload", StringComparison.Ordinal))
            return [.. distinct.GroupBy(w => JpegShrink(uprightWidth, w)).Select(g => ((int?)g.Key, (IReadOnlyList<int>)[.. g]))];
        if (loader.StartsWith("pngload", StringComparison.Ordinal))
            return [(1, distinct)];
        return [.. distinct.Select(w => ((int?)null, (IReadOnlyList<int>)[w]))];
    }

    /// <summary>
    /// The shrink-on-load libvips' thumbnail picks for a JPEG (thumbnail.c, vips_thumbnail_find_jpegshrink): the largest
    /// of 8, 4 and 2 that leaves at least a factor of two to the resize after it, else none. A copy is never wider than
    /// its original here (the thumbnail only shrinks), so the factor is the original's upright width over the copy's.
    /// </summary>
    public static int JpegShrink(int uprightWidth, int width)
    {
        var shrink = Math.Max(1.0, (double)uprightWidth / width);
        return shrink >= 16 ? 8 : shrink >= 8 ? 4 : shrink >= 4 ? 2 : 1;
    }
}
