using AngleSharp.Html.Parser;
using SalesForDevs.Rendering.Markdown.Extensions.Images;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Outputs.Images;

/// <summary>Responsive images: resized copies, srcset, WebP, the image cache and broken images (issue 16).</summary>
public sealed class ResponsiveImageTests
{
    private static readonly HtmlParser Parser = new();

    private const string BundlePost = """
        -- content/posts/2026-01-05-the-chart/index.md --
        ---
        title: The chart
        ---
        First ![a photo](photo.jpg)

        Then ![a chart](chart.png) and ![a static one](/images/small.png)

        """;

    /// <summary>A photo-like JPEG made with the image library itself: gradients, so the encoder does real work.</summary>
    private static byte[] Jpeg(int width, int height)
    {
        using var xyz = NetVips.Image.Xyz(width, height);
        using var red = xyz[0] * (255.0 / width);
        using var rgb = red.Bandjoin(xyz[1] * (255.0 / height), (xyz[0] + xyz[1]) % 256).Cast(NetVips.Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 90);
    }

    private static TempSite NewSite(string extraConfig = "")
    {
        var site = new TempSite(SiteYml.Replace("paginate: 2", "paginate: 2" + extraConfig) + BundlePost);
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/photo.jpg"), Jpeg(2000, 1000));
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/chart.png"), TestImages.Png(1000, 500));
        site.Write("content/static/images/small.png", "");
        File.WriteAllBytes(Path.Combine(site.Root, "content/static/images/small.png"), TestImages.Png(300, 200));
        return site;
    }

    private static (int Width, int Height) SizeOf(TempSite site, string path) => ImageSize.Read(Path.Combine(site.Output, path))!.Value;

    [Fact]
    public void Raster_images_get_copies_at_each_smaller_width_in_their_format_and_webp_listed_in_srcset()
    {
        using var site = NewSite();

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var width in new[] { 480, 960, 1600 })
        {
            Assert.Equal((width, width / 2), SizeOf(site, $"2026/01/the-chart/photo-{width}w.jpg"));
            Assert.Equal((width, width / 2), SizeOf(site, $"2026/01/the-chart/photo-{width}w.webp"));
        }
        Assert.Equal((2000, 1000), SizeOf(site, "2026/01/the-chart/photo-2000w.webp"));
        Assert.Equal((2000, 1000), SizeOf(site, "2026/01/the-chart/photo.jpg"));
        // Never wider than the original: a 1,000 px chart gets 480 and 960, a 300 px image no smaller copy but its WebP.
        Assert.Equal((960, 480), SizeOf(site, "2026/01/the-chart/chart-960w.png"));
        Assert.False(site.Exists("2026/01/the-chart/chart-1600w.png"));
        Assert.False(site.Exists("images/small-480w.png"));
        Assert.Equal((300, 200), SizeOf(site, "images/small-300w.webp"));

        var page = Parser.ParseDocument(site.Read("2026/01/the-chart/index.html"));
        var photo = page.QuerySelector("picture img[alt='a photo']")!;
        Assert.Equal("/blog/2026/01/the-chart/photo.jpg", photo.GetAttribute("src"));
        Assert.Equal("/blog/2026/01/the-chart/photo-480w.jpg 480w, /blog/2026/01/the-chart/photo-960w.jpg 960w, /blog/2026/01/the-chart/photo-1600w.jpg 1600w, /blog/2026/01/the-chart/photo.jpg 2000w",
            photo.GetAttribute("srcset"));
        Assert.Equal("(min-width: 44rem) 42rem, 100vw", photo.GetAttribute("sizes"));
        Assert.Equal(("2000", "1000"), (photo.GetAttribute("width"), photo.GetAttribute("height")));
        var webp = photo.ParentElement!.QuerySelector("source[type='image/webp']")!;
        Assert.Equal("/blog/2026/01/the-chart/photo-480w.webp 480w, /blog/2026/01/the-chart/photo-960w.webp 960w, /blog/2026/01/the-chart/photo-1600w.webp 1600w, /blog/2026/01/the-chart/photo-2000w.webp 2000w",
            webp.GetAttribute("srcset"));
        var chart = page.QuerySelector("img[alt='a chart']")!;
        Assert.Equal("lazy", chart.GetAttribute("loading"));
        Assert.Equal("/blog/2026/01/the-chart/chart-480w.png 480w, /blog/2026/01/the-chart/chart-960w.png 960w, /blog/2026/01/the-chart/chart.png 1000w", chart.GetAttribute("srcset"));
        Assert.Equal("/blog/images/small.png 300w", page.QuerySelector("img[alt='a static one']")!.GetAttribute("srcset"));
        // Feeds carry absolute URLs, srcset included.
        Assert.Contains("srcset=\"https://example.github.io/blog/2026/01/the-chart/photo-480w.webp 480w,", site.Read("feed.xml"));
    }

    [Fact]
    public void A_rebuild_with_unchanged_images_does_no_image_work_and_the_output_is_the_same()
    {
        using var site = NewSite();
        var first = site.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        // 3 JPEG and 4 WebP copies of the photo, 2 PNG and 3 WebP of the chart, a WebP of the small image.
        Assert.Equal(13, first.ImagesEncoded);
        var before = TempSite.Snapshot(site.Output);

        var second = site.Build();
        Assert.Equal(0, second.ImagesEncoded);
        Assert.Equal(before, TempSite.Snapshot(site.Output));

        // The cache is the user's to delete: the copies are made again, byte for byte the same.
        Directory.Delete(Path.Combine(site.Root, ".sfd", "cache"), recursive: true);
        var third = site.Build();
        Assert.Equal(13, third.ImagesEncoded);
        Assert.Equal(before, TempSite.Snapshot(site.Output));

        // A changed image is processed again, and only its copies.
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/chart.png"), TestImages.Png(1000, 500, r: 0x10));
        Assert.Equal(5, site.Build().ImagesEncoded);
    }

    [Fact]
    public void Widths_quality_webp_and_sizes_come_from_site_yml()
    {
        using var site = NewSite("\nimages: { widths: [200, 700], webp: false, sizes: 100vw, quality: 60 }");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal((700, 350), SizeOf(site, "2026/01/the-chart/photo-700w.jpg"));
        Assert.False(site.Exists("2026/01/the-chart/photo-480w.jpg"));
        Assert.False(site.Exists("2026/01/the-chart/photo-700w.webp"));
        var page = Parser.ParseDocument(site.Read("2026/01/the-chart/index.html"));
        Assert.Empty(page.QuerySelectorAll("picture"));
        Assert.Equal("100vw", page.QuerySelector("img[alt='a photo']")!.GetAttribute("sizes"));
    }

    [Fact]
    public void Images_false_leaves_images_as_they_are()
    {
        using var site = NewSite("\nimages: false");
        Assert.True(site.Build().Succeeded);
        Assert.Null(Parser.ParseDocument(site.Read("2026/01/the-chart/index.html")).QuerySelector("img[srcset]"));
        Assert.False(site.Exists("2026/01/the-chart/photo-480w.jpg"));
    }

    [Fact]
    public void Bad_image_settings_are_errors_at_their_position()
    {
        using var site = NewSite("\nimages: { widths: [480, big], quality: 101, format: avif }");

        var result = site.Build();

        Assert.Equal([
            "site.yml:6:25: error: `images.widths` holds widths in pixels from 16 to 8192, such as [480, 960, 1600], not \"big\"",
            "site.yml:6:40: error: `images.quality` must be from 1 to 100, not 101",
            "site.yml:6:45: error: unknown key `images.format`; known keys here: enabled, quality, sizes, webp, widths",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_damaged_image_is_an_error_at_the_markdown_exit_1_and_the_previous_site_stays()
    {
        using var site = NewSite();
        Assert.True(site.Build().Succeeded);
        var before = TempSite.Snapshot(site.Output);

        // A whole header and a cut-off body: only decoding finds out.
        var photo = Jpeg(1800, 900);
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/photo.jpg"), photo[..(photo.Length / 3)]);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = SalesForDevs.Cli.Program.Run(["build", "--source", site.Root], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.StartsWith("content/posts/2026-01-05-the-chart/index.md:4:7: error: image photo.jpg cannot be read: ", stderr.ToString());
        Assert.Equal(before, TempSite.Snapshot(site.Output));
    }

    [Fact]
    public void A_file_that_is_no_image_at_all_is_an_error_at_the_markdown()
    {
        using var site = NewSite();
        site.Write("content/posts/2026-01-05-the-chart/chart.png", "not a picture");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal("content/posts/2026-01-05-the-chart/index.md:6:6: error: image \"chart.png\" cannot be read: chart.png is not a whole PNG image; export it again or remove it",
            Assert.Single(result.Diagnostics, d => d.IsError).ToString());
    }

    [Fact]
    public void A_copy_that_would_replace_a_file_of_the_site_is_an_error()
    {
        using var site = NewSite();
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-05-the-chart/chart-480w.png"), TestImages.Png(10, 10));

        var result = site.Build();

        Assert.Contains("content/posts/2026-01-05-the-chart/index.md:6:6: error: the resized copy 2026/01/the-chart/chart-480w.png would replace a file of the site with the same name; rename one of them",
            result.Diagnostics.Select(d => d.ToString()));
    }
}
