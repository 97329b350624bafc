using System.Collections.Concurrent;
using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown.Extensions.Images;

namespace SalesForDevs.Outputs.Images;

/// <summary>
/// Makes the resized copies the rendered bodies promise, in parallel, taking each from the <see cref="ImageCache"/>
/// when it is there. An image the library cannot read is an error at the markdown that shows it, so the build
/// stops before anything is published.
/// </summary>
internal static class ImageVariantWriter
{
    /// <param name="uses">Every image use of the rendered bodies; an image shown twice is processed once.</param>
    /// <param name="taken">Paths the site already writes: a copy landing on one is an error, never an overwrite.</param>
    public static ImageOutputs Write(string siteDirectory, IEnumerable<ImageUse> uses, ImagesConfig settings, IReadOnlySet<string> taken, DiagnosticBag diagnostics)
    {
        var byVariant = new SortedDictionary<string, (ImageUse Use, ImageVariant Variant)>(StringComparer.Ordinal);
        foreach (var use in uses.OrderBy(u => u.At.Path, StringComparer.Ordinal).ThenBy(u => u.At.Line).ThenBy(u => u.At.Column))
        foreach (var variant in use.Variants)
        {
            if (taken.Contains(variant.OutputPath))
                diagnostics.Error("image-collision", $"the resized copy {variant.OutputPath} would replace a file of the site with the same name; rename one of them", use.At);
            else byVariant.TryAdd(variant.OutputPath, (use, variant));
        }
        if (byVariant.Count == 0) return new ImageOutputs([], 0);

        var cache = new ImageCache(siteDirectory);
        var hashes = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var files = new ConcurrentBag<OutputFile>();
        var failed = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var encoded = 0;
        Parallel.ForEach(byVariant.Values, item =>
        {
            var (use, variant) = item;
            try
            {
                var hash = hashes.GetOrAdd(use.SourceFile, ImageCache.HashOf);
                var cached = cache.PathOf(hash, variant, settings.Quality);
                if (!File.Exists(cached))
                {
                    ImageCache.Store(cached, VipsImageEncoder.Encode(use.SourceFile, variant, settings.Quality));
                    Interlocked.Increment(ref encoded);
                }
                files.Add(OutputFile.Copy(variant.OutputPath, cached));
            }
            catch (Exception e) when (e is ImageReadException or IOException or UnauthorizedAccessException)
            {
                // One message per image, not one per copy.
                if (failed.TryAdd(use.SourceFile, 0))
                    diagnostics.Error("bad-image", $"image {Path.GetFileName(use.SourceFile)} cannot be read: {e.Message.TrimEnd('.')}; export it again or remove it", use.At);
            }
        });
        return new ImageOutputs(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), encoded);
    }
}

/// <summary>The copies to publish, and how many of them had to be made (the rest came from the cache).</summary>
internal sealed record ImageOutputs(IReadOnlyList<OutputFile> Files, int Encoded);
