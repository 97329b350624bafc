using AngleSharp.Html.Parser;
using SalesForDevs.Rendering.Markdown.Extensions.Images;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>Local images get their size from the file, all but the first load lazily, and a missing alt is a warning.</summary>
public sealed class ImageAttributesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Local_images_get_width_height_and_lazy_loading_after_the_first()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Images
            base_url: https://example.github.io/blog/
            -- content/posts/2026-01-05-first.md --
            ---
            title: First
            ---
            ![A wide chart](/images/wide.png)

            ![A logo](/images/logo.svg) and ![A remote one](https://example.org/x.png)

            ![](/images/wide.png)
            -- content/static/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>
            """);
        File.WriteAllBytes(Path.Combine(site.Root, "content", "static", "images", "wide.png"), TestImages.Png(640, 200));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("content/posts/2026-01-05-first.md:8:1: warning: image \"/images/wide.png\" has no alt text; describe what it shows between the brackets: ![a chart of raises by year](/images/wide.png)", warning.ToString());

        var images = Parser.ParseDocument(site.Read("2026/01/first/index.html")).QuerySelectorAll(".post-content img").ToList();
        Assert.Equal(4, images.Count);
        Assert.Equal(("640", "200", null, null), (images[0].GetAttribute("width"), images[0].GetAttribute("height"), images[0].GetAttribute("loading"), images[0].GetAttribute("decoding")));
        Assert.Equal(("120", "40", "lazy", "async"), (images[1].GetAttribute("width"), images[1].GetAttribute("height"), images[1].GetAttribute("loading"), images[1].GetAttribute("decoding")));
        Assert.Equal((null, null, "lazy"), (images[2].GetAttribute("width"), images[2].GetAttribute("height"), images[2].GetAttribute("loading")));
        Assert.Equal("/blog/images/wide.png", images[3].GetAttribute("src"));
    }

    [Fact]
    public void Sizes_are_read_from_png_gif_jpeg_webp_and_svg_headers()
    {
        Assert.Equal((2400, 1200), ImageSize.Read(TestImages.Png(2400, 1200)));
        Assert.Equal((3, 5), ImageSize.Read([(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 3, 0, 5, 0]));
        // JPEG: SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03];
        Assert.Equal((640, 480), ImageSize.Read(jpeg));
        // WebP, extended format: canvas 800×600 stored as size minus one in 24 bits.
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 0x1F, 0x03, 0x00, 0x57, 0x02, 0x00];
        Assert.Equal((800, 600), ImageSize.Read(webp));
        Assert.Equal((100, 50), ImageSize.Read("<svg width=\"100px\" height=\"50\" viewBox=\"0 0 10 5\"></svg>"u8, svg: true));
        Assert.Equal((24, 12), ImageSize.Read("<?xml version=\"1.0\"?><svg viewBox=\"0 0 24 12\"/>"u8, svg: true));
        Assert.Null(ImageSize.Read("<svg width=\"100%\"></svg>"u8, svg: true));
        Assert.Null(ImageSize.Read("not an image"u8));
    }
}
