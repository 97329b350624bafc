using System.Collections.Concurrent;
using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown.Extensions.Images;

namespace SalesForDevs.Outputs.Images;

/// <summary>
/// Makes the resized copies the rendered bodies promise, taking each from the <see cref="ImageCache"/> when it is
/// there. Work goes by source image: its file is read once, and the copies it lacks are made from as few decodes as
/// the library allows (<see cref="VipsImageEncoder"/>), one image per processor core at a time, so that memory stays
/// that of a few decoded pictures however many the site has. An image the library cannot read is an error at the
/// first markdown that shows it, so the build stops before anything is published.
/// </summary>
internal static class ImageVariantWriter
{
    /// <param name="uses">Every image use of the rendered bodies; an image shown twice is processed once.</param>
    /// <param name="taken">Paths the site already writes: a copy landing on one is an error, never an overwrite.</param>
    public static ImageOutputs Write(string siteDirectory, IEnumerable<ImageUse> uses, ImagesConfig settings, IReadOnlySet<string> taken, DiagnosticBag diagnostics)
    {
        var byVariant = new SortedDictionary<string, (ImageUse Use, ImageVariant Variant)>(StringComparer.Ordinal);
        // Errors name the first markdown that shows an image.
        var firstUse = new Dictionary<string, ImageUse>(StringComparer.Ordinal);
        foreach (var use in uses.OrderBy(u => u.At.Path, StringComparer.Ordinal).ThenBy(u => u.At.Line).ThenBy(u => u.At.Column))
        foreach (var variant in use.Variants)
        {
            firstUse.TryAdd(use.SourceFile, use);
            if (taken.Contains(variant.OutputPath))
                diagnostics.Error("image-collision", $"the resized copy {variant.OutputPath} would replace a file of the site with the same name; rename one of them", use.At);
            else byVariant.TryAdd(variant.OutputPath, (use, variant));
        }
        if (byVariant.Count == 0) return new ImageOutputs([], 0);

        var jobs = byVariant.Values.GroupBy(v => v.Use.SourceFile, StringComparer.Ordinal)
            .Select(g => (Use: firstUse[g.Key], Variants: g.Select(v => v.Variant).ToList()))
            .ToList();
        var cache = new ImageCache(siteDirectory);
        var files = new ConcurrentBag<OutputFile>();
        var encoded = 0;
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            try
            {
                Interlocked.Add(ref encoded, MakeCopies(cache, job.Use.SourceFile, job.Variants, settings.Quality, files));
            }
            catch (Exception e) when (e is ImageReadException or IOException or UnauthorizedAccessException)
            {
                diagnostics.Error("bad-image", $"image {Path.GetFileName(job.Use.SourceFile)} cannot be read: {e.Message.TrimEnd('.')}; export it again or remove it", job.Use.At);
            }
        });
        return new ImageOutputs(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), encoded);
    }

    /// <returns>How many copies had to be made.</returns>
    private static int MakeCopies(ImageCache cache, string sourceFile, IReadOnlyList<ImageVariant> variants, int quality, ConcurrentBag<OutputFile> files)
    {
        // The bytes hashed are the bytes decoded, even if the file changes meanwhile.
        var source = File.ReadAllBytes(sourceFile);
        var hash = ImageCache.HashOf(source);
        var cached = variants.ToDictionary(v => v, v => cache.PathOf(hash, v, quality));
        // Two copies with the same width and format (the image published under two names) are one cache file.
        var missing = variants.Where(v => !File.Exists(cached[v])).DistinctBy(v => cached[v], StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            VipsImageEncoder.Encode(source, missing, quality, (variant, bytes) => ImageCache.Store(cached[variant], bytes));
        foreach (var variant in variants) files.Add(OutputFile.Copy(variant.OutputPath, cached[variant]));
        return missing.Count;
    }
}

/// <summary>The copies to publish, and how many of them had to be made (the rest came from the cache).</summary>
internal sealed record ImageOutputs(IReadOnlyList<OutputFile> Files, int Encoded);
