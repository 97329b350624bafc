using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Markdown.Extensions.Images;

/// <summary>One resized copy of an image to publish.</summary>
/// <param name="OutputPath">Site-relative path of the copy, e.g. 2026/01/the-ask/chart-480w.webp.</param>
/// <param name="Format">"jpeg", "png" or "webp".</param>
internal sealed record ImageVariant(string OutputPath, int Width, string Format);

/// <summary>
/// A raster image a body shows, with the copies its srcset promises. The Outputs stage makes them (or takes them
/// from the image cache); <see cref="At"/> names the image in the markdown if the file cannot be read.
/// </summary>
/// <param name="SourceFile">The image file on disk.</param>
internal sealed record ImageUse(string SourceFile, IReadOnlyList<ImageVariant> Variants, SourceLocation At);

/// <summary>A local image as published: its file on disk and its site URL (no base path), e.g. /2026/01/the-ask/chart.png.</summary>
internal sealed record PublishedImage(string File, string Url);
