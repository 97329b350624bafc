using NetVips;
using SalesForDevs.Outputs.Images;
using SalesForDevs.Rendering.Markdown.Extensions.Images;

namespace SalesForDevs.Tests.Outputs.Images;

/// <summary>
/// Copies made from a shared decode are byte for byte those libvips' thumbnail of the file gives for each copy on its
/// own, which is how every copy was made before (issue 16), so the image cache and published sites stay valid.
/// </summary>
public sealed class VipsImageEncoderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sfd-encoder-" + Guid.NewGuid().ToString("N"));

    public VipsImageEncoderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Gradients with noise, so encoders and resizers do real work and any changed pixel shows in the bytes.</summary>
    private static NetVips.Image Photo(int width, int height, int bands = 3)
    {
        using var xyz = NetVips.Image.Xyz(width, height);
        using var noise = NetVips.Image.Gaussnoise(width, height, sigma: 24);
        using var red = xyz[0] * (255.0 / width) + noise;
        var rgb = red.Bandjoin(xyz[1] * (255.0 / height), (xyz[0] + xyz[1]) % 256);
        if (bands == 4) rgb = rgb.Bandjoin(xyz[1] * (200.0 / height) + 40);
        return rgb.Cast(Enums.BandFormat.Uchar);
    }

    public static TheoryData<string, int, int> Images => new()
    {
        { "jpeg", 1600, 1067 },   // the bench's photos: every width from one whole decode
        { "jpeg", 4000, 1000 },   // 480 px from a 1/4 decode, 960 from a 1/2, 1600 from a whole one
        { "jpeg-rotated", 1000, 2000 }, // stored on its side: the upright width (2000) sets the shrink
        { "png", 1200, 800 },     // with transparency
        { "webp", 2000, 1000 },   // libwebp scales while decoding: one decode per width
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Each_copy_is_the_same_bytes_as_a_thumbnail_of_the_file_alone(string kind, int width, int height)
    {
        var file = Path.Combine(_folder, $"{kind}-{width}x{height}");
        using (var image = Photo(width, height, kind == "png" ? 4 : 3))
        {
            switch (kind)
            {
                case "jpeg": File.WriteAllBytes(file, image.JpegsaveBuffer(q: 90)); break;
                case "jpeg-rotated":
                    using (var tagged = image.Mutate(m => m.Set(GValue.GIntType, "orientation", 6))) File.WriteAllBytes(file, tagged.JpegsaveBuffer(q: 90));
                    break;
                case "png": File.WriteAllBytes(file, image.PngsaveBuffer()); break;
                default: File.WriteAllBytes(file, image.WebpsaveBuffer(q: 90)); break;
            }
        }
        using (var written = NetVips.Image.NewFromFile(file))
            Assert.Equal(kind == "jpeg-rotated" ? 6 : 1, written.Contains("orientation") ? (int)written.Get("orientation") : 1);
        var format = kind.StartsWith("jpeg", StringComparison.Ordinal) ? "jpeg" : kind;
        var upright = kind == "jpeg-rotated" ? height : width;
        List<ImageVariant> copies =
        [
            .. new[] { 480, 960, 1600 }.Where(w => w < upright && format != "webp").Select(w => new ImageVariant($"own-{w}", w, format)),
            .. new[] { 480, 960, 1600, upright }.Where(w => w <= upright).Distinct().Select(w => new ImageVariant($"webp-{w}", w, "webp")),
        ];

        var made = new Dictionary<ImageVariant, byte[]>();
        VipsImageEncoder.Encode(File.ReadAllBytes(file), copies, 80, (copy, bytes) => { lock (made) made.Add(copy, bytes); });

        Assert.Equal(copies.Count, made.Count);
        foreach (var copy in copies)
        {
            using var alone = NetVips.Image.Thumbnail(file, copy.Width, height: 10_000_000, size: Enums.Size.Down, failOn: Enums.FailOn.Warning);
            var expected = copy.Format switch
            {
                "webp" => alone.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.Icc),
                "jpeg" => alone.JpegsaveBuffer(q: 80, keep: Enums.ForeignKeep.Icc, optimizeCoding: true),
                _ => alone.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.Icc),
            };
            Assert.True(expected.AsSpan().SequenceEqual(made[copy]), $"{copy.OutputPath} of {kind} {width}x{height} differs from the thumbnail of the file");
            Assert.Equal(copy.Width, ImageSize.Read(made[copy])!.Value.Width);
        }
    }

    [Fact]
    public void A_cut_off_image_is_a_read_error_with_the_library_reason()
    {
        using var image = Photo(1200, 800);
        var jpeg = image.JpegsaveBuffer(q: 90);

        var error = Assert.Throws<ImageReadException>(() => VipsImageEncoder.Encode(jpeg[..(jpeg.Length / 2)], [new ImageVariant("a-480w.jpg", 480, "jpeg")], 80, (_, _) => { }));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
