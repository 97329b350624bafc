using System.IO.Hashing;
using SalesForDevs.Rendering.Markdown.Extensions.Images;

namespace SalesForDevs.Outputs.Images;

/// <summary>
/// Resized copies kept between builds in <c>.sfd/cache/images/</c> of the site (git-ignored with the rest of
/// <c>.sfd/</c>; delete it at will). A copy's name is a hash of the source image's bytes and of everything that
/// shapes the copy (width, format, quality, encoder), so an unchanged image is never processed twice and a changed
/// one never reuses a stale copy.
/// </summary>
internal sealed class ImageCache(string siteDirectory)
{
    public const string Folder = ".sfd/cache/images";

    public string Directory { get; } = Path.Combine(siteDirectory, ".sfd", "cache", "images");

    /// <summary>The cache file of one copy of the image whose bytes hash to <paramref name="sourceHash"/>.</summary>
    public string PathOf(string sourceHash, ImageVariant variant, int quality)
    {
        var settings = $"{sourceHash}\n{variant.Width}\n{variant.Format}\n{(variant.Format == "png" ? 0 : quality)}\n{VipsImageEncoder.Version}";
        var key = Convert.ToHexStringLower(XxHash128.Hash(System.Text.Encoding.UTF8.GetBytes(settings)));
        return Path.Combine(Directory, key[..2], $"{key}.{(variant.Format == "jpeg" ? "jpg" : variant.Format)}");
    }

    public static string HashOf(byte[] source) => Convert.ToHexStringLower(XxHash128.Hash(source));

    /// <summary>Writes a copy through a temporary file, so a build that dies or runs beside another never leaves half a file.</summary>
    public static void Store(string path, byte[] bytes)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
