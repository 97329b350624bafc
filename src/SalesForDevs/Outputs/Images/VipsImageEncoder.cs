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

    private static int s_initialized;

    /// <summary>Resizes the image in <paramref name="file"/> to the variant's width (never wider) and encodes it.</summary>
    /// <exception cref="ImageReadException">The file is not an image libvips can read in full.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte[] Encode(string file, ImageVariant variant, int quality)
    {
        VipsLibrary.EnsureStarted();
        if (Interlocked.Exchange(ref s_initialized, 1) == 0)
        {
            // libvips prints warnings about damaged files itself; sfd reports them as errors with the markdown's position.
            Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning, (_, _, _) => { });
            // Operation caching helps interactive use, not a build that reads each file once.
            Cache.Max = 0;
        }
        try
        {
            // Thumbnail shrinks while decoding (JPEG DCT scaling, WebP and PNG subsampling): much faster than a full decode.
            using var image = NetVips.Image.Thumbnail(file, variant.Width, height: 10_000_000, size: Enums.Size.Down, failOn: Enums.FailOn.Warning);
            return variant.Format switch
            {
                "webp" => image.WebpsaveBuffer(q: quality, keep: Enums.ForeignKeep.Icc),
                "jpeg" => image.JpegsaveBuffer(q: quality, keep: Enums.ForeignKeep.Icc, optimizeCoding: true),
                _ => image.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.Icc),
            };
        }
        catch (VipsException e)
        {
            throw new ImageReadException(FirstLine(e.Message));
        }
    }

    private static string FirstLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? message;
}

/// <summary>An image file the library could not read; the message is the library's reason.</summary>
internal sealed class ImageReadException(string message) : Exception(message);
