using SalesForDevs.Outputs.Images;

namespace SalesForDevs.Tests.Outputs.Images;

/// <summary>Which copies share a decode (issue 16: a first build decodes each image as few times as it can).</summary>
public sealed class DecodePlanTests
{
    [Theory]
    [InlineData(1600, 480, 1)] // 3.3 times narrower: decoded whole
    [InlineData(2000, 500, 2)] // exactly 4 times
    [InlineData(4000, 480, 4)] // 8.3 times
    [InlineData(8000, 480, 8)] // 16.7 times
    [InlineData(30000, 480, 8)] // never more than 1/8
    [InlineData(400, 480, 1)] // never wider than the original
    public void A_jpeg_is_shrunk_while_decoded_only_when_a_factor_of_two_is_left_to_the_resize(int uprightWidth, int width, int shrink) =>
        Assert.Equal(shrink, DecodePlan.JpegShrink(uprightWidth, width));

    [Fact]
    public void Jpeg_copies_that_start_from_the_same_decode_share_it()
    {
        Assert.Equal("1/4: 480; 1/2: 960; 1/1: 1600", Describe(DecodePlan.Group("jpegload_buffer", 4000, [1600, 480, 960, 960])));
        Assert.Equal("1/1: 480 960 1600", Describe(DecodePlan.Group("jpegload_buffer", 1600, [480, 960, 1600])));
        Assert.Equal("1/2: 480; 1/1: 960", Describe(DecodePlan.Group("uhdrload_buffer", 2000, [480, 960])));
    }

    [Fact]
    public void A_png_is_decoded_once_and_a_webp_or_other_format_once_per_width()
    {
        Assert.Equal("1/1: 480 960", Describe(DecodePlan.Group("pngload_buffer", 9000, [960, 480])));
        Assert.Equal("own: 480; own: 960", Describe(DecodePlan.Group("webpload_buffer", 2000, [960, 480])));
        Assert.Equal("own: 480", Describe(DecodePlan.Group("gifload_buffer", 2000, [480])));
    }

    private static string Describe(IReadOnlyList<(int? Shrink, IReadOnlyList<int> Widths)> groups) =>
        string.Join("; ", groups.Select(g => $"{(g.Shrink is { } s ? $"1/{s}" : "own")}: {string.Join(' ', g.Widths)}"));
}
