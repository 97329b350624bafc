// Times SkiaSharp and NetVips on what sfd asks of an image library: decode a photo, resize it to a few widths
// and encode each in its own format and in WebP. Run one library per process, so the first image shows its
// start-up cost (loading the native library):  dotnet run -c Release -- skia|vips [images]
// or write a site of page bundles with images:   dotnet run -c Release -- site OUT POSTS IMAGES_PER_POST
using System.Diagnostics;
using NetVips;
using SkiaSharp;

if (args.Length > 0 && args[0] == "site") return WriteSite(args[1], int.Parse(args[2]), int.Parse(args[3]));
if (args.Length > 0 && args[0] == "decodes") return Decodes(int.Parse(args[1]), int.Parse(args[2]));

var library = args.Length > 0 ? args[0] : "skia";
var count = args.Length > 1 ? int.Parse(args[1]) : 20;
int[] widths = [480, 960, 1600];
var folder = Path.Combine(Path.GetTempPath(), "sfd-image-bench");
Directory.CreateDirectory(folder);
var source = Path.Combine(folder, "photo.jpg");
if (!File.Exists(source)) File.WriteAllBytes(source, Photo());

var times = new List<double>();
long bytes = 0;
for (var i = 0; i < count; i++)
{
    var clock = Stopwatch.StartNew();
    bytes = library == "vips" ? Vips(source, widths) : Skia(source, widths);
    times.Add(clock.Elapsed.TotalMilliseconds);
}
var rest = times.Skip(1).Order().ToList();
Console.WriteLine($"{library}: first image {times[0]:0} ms (start-up included), then median {rest[rest.Count / 2]:0} ms per image " +
    $"({widths.Length} widths × 2 formats, {bytes / 1024} KiB out); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
return 0;

// "site OUT POSTS IMAGES": a site of POSTS page bundles with IMAGES photo-like JPEGs (1600×1067, each different)
// each, for timing sfd build's image stage: first build (every copy made), then a rebuild (every copy cached).
static int WriteSite(string output, int posts, int imagesPerPost)
{
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    Directory.CreateDirectory(output);
    File.WriteAllText(Path.Combine(output, "site.yml"), "title: Image bench\nbase_url: https://example.com/\n");
    for (var p = 0; p < posts; p++)
    {
        var date = new DateTime(2025, 1, 1).AddDays(p);
        var folder = Path.Combine(output, "content", "posts", $"{date:yyyy-MM-dd}-post-{p}");
        Directory.CreateDirectory(folder);
        var body = new System.Text.StringBuilder($"---\ntitle: Post {p}\n---\nA post with pictures.\n\n");
        for (var i = 0; i < imagesPerPost; i++)
        {
            using var xyz = NetVips.Image.Xyz(1600, 1067);
            using var noise = NetVips.Image.Gaussnoise(1600, 1067, sigma: 20 + p % 7 + i);
            using var red = xyz[0] * (255.0 / 1600) + noise;
            using var rgb = red.Bandjoin(xyz[1] * (255.0 / 1067) + p % 50, (xyz[0] + xyz[1] + i * 40) % 256).Cast(NetVips.Enums.BandFormat.Uchar);
            File.WriteAllBytes(Path.Combine(folder, $"photo-{i}.jpg"), rgb.JpegsaveBuffer(q: 85));
            body.Append($"![photo {i} of post {p}](photo-{i}.jpg)\n\n");
        }
        File.WriteAllText(Path.Combine(folder, "index.md"), body.ToString());
    }
    Console.WriteLine($"Wrote {posts} posts with {posts * imagesPerPost} images to {output}");
    return 0;
}

// "decodes WIDTH ROUNDS": processor time per photo (WIDTH px wide, 3:2) of three ways to make sfd's copies of it
// (JPEG below WIDTH and WebP up to it, at 480, 960 and 1600 px): a thumbnail of the file per copy (each decodes
// the file), a thumbnail of the bytes in memory per width (both formats from it), and one whole decode in memory
// that every width is resized from. Rounds alternate the ways; the median is printed.
static int Decodes(int width, int rounds)
{
    var height = width * 2 / 3;
    using var xyz = NetVips.Image.Xyz(width, height);
    using var noise = NetVips.Image.Gaussnoise(width, height, sigma: 24);
    using var red = xyz[0] * (255.0 / width) + noise;
    using var rgb = red.Bandjoin(xyz[1] * (255.0 / height), (xyz[0] + xyz[1]) % 256).Cast(NetVips.Enums.BandFormat.Uchar);
    var path = Path.Combine(Path.GetTempPath(), $"sfd-decodes-{width}.jpg");
    File.WriteAllBytes(path, rgb.JpegsaveBuffer(q: 85));
    var bytes = File.ReadAllBytes(path);
    var widths = new[] { 480, 960, 1600 }.Where(w => w < width).ToList();
    var copies = widths.Select(w => (w, "jpeg")).Concat(widths.Append(width).Select(w => (w, "webp"))).ToList();
    NetVips.Cache.Max = 0;

    static byte[] Save(NetVips.Image image, string format) =>
        format == "webp" ? image.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.Icc) : image.JpegsaveBuffer(q: 80, keep: Enums.ForeignKeep.Icc, optimizeCoding: true);
    var resized = widths.Append(width).ToDictionary(w => w, w =>
    {
        using var t = NetVips.Image.ThumbnailBuffer(bytes, w, height: 10_000_000, size: Enums.Size.Down);
        return t.CopyMemory();
    });
    NetVips.Image Resized(int w) => resized[w].Copy();
    var ways = new (string Name, Action Run)[]
    {
        ("thumbnail of the file per copy", () =>
        {
            foreach (var (w, format) in copies)
            {
                using var t = NetVips.Image.Thumbnail(path, w, height: 10_000_000, size: Enums.Size.Down);
                Save(t, format);
            }
        }),
        ("thumbnail of the bytes per width", () =>
        {
            foreach (var w in widths.Append(width))
            {
                using var t = NetVips.Image.ThumbnailBuffer(bytes, w, height: 10_000_000, size: Enums.Size.Down);
                using var m = t.CopyMemory();
                foreach (var (_, format) in copies.Where(c => c.Item1 == w)) Save(m, format);
            }
        }),
        ("one whole decode, resized per width", () =>
        {
            using var loaded = NetVips.Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            using var decoded = loaded.CopyMemory();
            foreach (var w in widths.Append(width))
            {
                using var t = decoded.ThumbnailImage(w, height: 10_000_000, size: Enums.Size.Down);
                using var m = t.CopyMemory();
                foreach (var (_, format) in copies.Where(c => c.Item1 == w)) Save(m, format);
            }
        }),
        ("decoding only (whole)", () =>
        {
            using var loaded = NetVips.Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            using var decoded = loaded.CopyMemory();
        }),
        ("encoding only: the WebP copies", () =>
        {
            foreach (var (w, format) in copies.Where(c => c.Item2 == "webp"))
            {
                using var m = Resized(w);
                Save(m, format);
            }
        }),
        ("encoding only: the JPEG copies", () =>
        {
            foreach (var (w, format) in copies.Where(c => c.Item2 == "jpeg"))
            {
                using var m = Resized(w);
                Save(m, format);
            }
        }),
    };
    var times = ways.Select(_ => new List<double>()).ToList();
    var process = Process.GetCurrentProcess();
    ways[0].Run(); // start-up
    for (var r = 0; r < rounds; r++)
        for (var i = 0; i < ways.Length; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            ways[i].Run();
            process.Refresh();
            times[i].Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }
    Console.WriteLine($"{width}x{height} JPEG, {copies.Count} copies, libvips concurrency {NetVips.NetVips.Concurrency}, median of {rounds}:");
    for (var i = 0; i < ways.Length; i++)
        Console.WriteLine($"  {ways[i].Name}: {times[i].Order().ElementAt(rounds / 2):0} ms processor");
    return 0;
}

static long Skia(string path, int[] widths)
{
    using var original = SKBitmap.Decode(path);
    long total = 0;
    foreach (var width in widths)
    {
        var height = (int)Math.Round(original.Height * (double)width / original.Width);
        using var resized = original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 80);
        total += jpeg.Size + webp.Size;
    }
    return total;
}

static long Vips(string path, int[] widths)
{
    long total = 0;
    foreach (var width in widths)
    {
        // Thumbnail streams the file once; keep the result in memory to encode it twice.
        using var thumbnail = NetVips.Image.Thumbnail(path, width, height: 100_000);
        using var image = thumbnail.CopyMemory();
        total += image.JpegsaveBuffer(q: 82).Length + image.WebpsaveBuffer(q: 80).Length;
    }
    return total;
}

// A 2400×1600 photo-like JPEG: gradients with noise, so encoders do real work.
static byte[] Photo()
{
    var random = new Random(42);
    using var bitmap = new SKBitmap(2400, 1600);
    for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
            bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / 2400 ^ random.Next(32)), (byte)(y * 255 / 1600), (byte)((x + y) % 256)));
    using var image = SKImage.FromBitmap(bitmap);
    return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
}
