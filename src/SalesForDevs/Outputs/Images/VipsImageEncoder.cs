using System.Runtime.CompilerServices;
using NetVips;
using SalesForDevs.Rendering.Markdown.Extensions.Images;

namespace SalesForDevs.Outputs.Images;

/// <summary>
/// The one place that uses the image library (libvips through NetVips; bench/README.md says why). Nothing else names
/// its types, and it is called only when a copy is missing from the cache, so a site without images, or with all its
/// copies cached, never loads the native library.
/// </summary>
internal static class VipsImageEncoder
{
    /// <summary>Part of every cache key: a new encoder (or new settings below) must not reuse old copies.</summary>
    public const string Version = "libvips-8.18.7;keep-icc;png-c9";

    private const int Unbounded = 10_000_000;

    private static int s_initialized;

    /// <summary>
    /// Makes the given copies of one image from its bytes and hands each to <paramref name="store"/> as soon as it is
    /// encoded. Each copy's pixels are those libvips' thumbnail of the file at that width gives, but copies that
    /// thumbnail would start from the same decode share one (<see cref="DecodePlan"/>), and the two formats of a width
    /// share one resize.
    /// </summary>
    /// <exception cref="ImageReadException">The bytes are not an image libvips can read in full.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Encode(byte[] source, IReadOnlyList<ImageVariant> copies, int quality, Action<ImageVariant, byte[]> store)
    {
        Start();
        try
        {
            // Reads the header only: the loader libvips picks from the bytes, and the size and orientation.
            using var header = NetVips.Image.NewFromBuffer(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning);
            var loader = (string)header.Get("vips-loader");
            var upright = header.Contains("orientation") && (int)header.Get("orientation") is >= 5 and <= 8 ? header.Height : header.Width;
            foreach (var (shrink, widths) in DecodePlan.Group(loader, upright, copies.Select(c => c.Width)))
            {
                if (shrink is not { } factor)
                {
                    foreach (var width in widths) EncodeWidth(Thumbnail(source, width), width, copies, quality, store);
                    continue;
                }
                // The same load, with the same options, as the thumbnail of the file would start from; kept in memory
                // while its copies are made, then freed before the next decode.
                using var shrunk = factor == 1 ? null : NetVips.Image.NewFromBuffer(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning,
                    kwargs: new VOption { { "shrink", factor } });
                using var decoded = (shrunk ?? header).CopyMemory();
                foreach (var width in widths)
                    EncodeWidth(decoded.ThumbnailImage(width, height: Unbounded, size: Enums.Size.Down), width, copies, quality, store);
            }
        }
        catch (VipsException e)
        {
            throw new ImageReadException(FirstLine(e.Message));
        }
    }

    private static NetVips.Image Thumbnail(byte[] source, int width) =>
        NetVips.Image.ThumbnailBuffer(source, width, height: Unbounded, size: Enums.Size.Down, failOn: Enums.FailOn.Warning);

    /// <summary>Encodes the copies at one width from its thumbnail, computed once in memory when two formats need it.</summary>
    private static void EncodeWidth(NetVips.Image thumbnail, int width, IReadOnlyList<ImageVariant> copies, int quality, Action<ImageVariant, byte[]> store)
    {
        using (thumbnail)
        {
            var formats = copies.Where(c => c.Width == width).ToList();
            using var resized = formats.Count > 1 ? thumbnail.CopyMemory() : null;
            foreach (var copy in formats) store(copy, Save(resized ?? thumbnail, copy.Format, quality));
        }
    }

    private static byte[] Save(NetVips.Image image, string format, int quality) => format switch
    {
        "webp" => image.WebpsaveBuffer(q: quality, keep: Enums.ForeignKeep.Icc),
        "jpeg" => image.JpegsaveBuffer(q: quality, keep: Enums.ForeignKeep.Icc, optimizeCoding: true),
        _ => image.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.Icc),
    };

    private static void Start()
    {
        VipsLibrary.EnsureStarted();
        if (Interlocked.Exchange(ref s_initialized, 1) == 0)
        {
            // libvips prints warnings about damaged files itself; sfd reports them as errors with the markdown's position.
            Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning, (_, _, _) => { });
            // Operation caching helps interactive use, not a build that reads each file once.
            Cache.Max = 0;
        }
    }

    private static string FirstLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? message;
}

/// <summary>An image file the library could not read; the message is the library's reason.</summary>
internal sealed class ImageReadException(string message) : Exception(message);
