using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>A small site whose one post is a page bundle with a photo (JPEG) and a chart (PNG) beside it.</summary>
internal static class PhotoSiteFiles
{
    public const string Post = "2026/01/a-walk/";

    public static void Write(string root)
    {
        var bundle = Path.Combine(root, "content", "posts", "2026-01-05-a-walk");
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: Photos\nbase_url: https://example.com/photos/\n");
        File.WriteAllText(Path.Combine(bundle, "index.md"), "---\ntitle: A walk\ndate: 2026-01-05\n---\nThe view: ![a photo](photo.jpg)\n\nThe way: ![a chart](chart.png)\n");
        File.WriteAllBytes(Path.Combine(bundle, "photo.jpg"), Photo(1200, 800));
        File.WriteAllBytes(Path.Combine(bundle, "chart.png"), TestImages.Png(600, 400));
    }

    /// <summary>A photo-like JPEG with noise, the same bytes every time (the noise is made from the pixel position).</summary>
    private static byte[] Photo(int width, int height)
    {
        using var xyz = NetVips.Image.Xyz(width, height);
        using var red = xyz[0] * (255.0 / width) + (xyz[0] * 7919 + xyz[1] * 104729) % 37;
        using var rgb = red.Bandjoin(xyz[1] * (255.0 / height), (xyz[0] + xyz[1]) % 256).Cast(NetVips.Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 90);
    }
}
