using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Markdown.Extensions.Images;

/// <summary>
/// Gives each local raster image (JPEG, PNG, WebP; bundled or under content/static) a srcset of resized copies and
/// sizes, and wraps it in &lt;picture&gt; with a WebP source, the way Hugo's and Zola's image processing are used.
/// Copies are never wider than the original, which stays the largest candidate. Runs after
/// <see cref="ImageAttributes"/> (width and height) and before links are rewritten, while URLs are as written.
/// </summary>
internal static class ResponsiveImages
{
    private static readonly Dictionary<string, string> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "jpeg", [".jpeg"] = "jpeg", [".png"] = "png", [".webp"] = "webp",
    };

    /// <returns>The images and their copies, and a step that wraps images in &lt;picture&gt;: run it after links are rewritten,
    /// since inserting inlines first hides the links before them in the paragraph from the rewriter's walk.</returns>
    /// <param name="linksAndImages">The body's links and images in document order (<see cref="MarkdownNodes.Links"/>).</param>
    public static (IReadOnlyList<ImageUse> Uses, Action Wrap) Apply(IReadOnlyList<LinkInline> linksAndImages, string sourcePath, int bodyStartLine, ILinkResolver links,
        DiagnosticBag diagnostics)
    {
        if (links.ImageSettings is not { Enabled: true } settings) return ([], () => { });
        var uses = new List<ImageUse>();
        var wraps = new List<(LinkInline Image, string Source)>();
        foreach (var image in linksAndImages)
        {
            if (!image.IsImage) continue;
            var url = image.Url ?? "";
            if (links.PublishedImage(sourcePath, url) is not { } published
                || !Formats.TryGetValue(Path.GetExtension(published.File), out var format)) continue;
            var at = new SourceLocation(sourcePath, bodyStartLine + image.Line, image.Column + 1);
            if (ImageSize.Read(published.File) is not { } size)
            {
                diagnostics.Error("bad-image", $"image \"{url}\" cannot be read: {Path.GetFileName(published.File)} is not a whole {format.ToUpperInvariant()} image; export it again or remove it", at);
                continue;
            }

            var width = size.Width;
            var widths = settings.Widths.Where(w => w < width).ToList();
            var stem = published.Url[..^Path.GetExtension(published.Url).Length];
            var variants = widths.Select(w => Variant(stem, w, format)).ToList();
            var attributes = image.GetAttributes();
            attributes.AddPropertyIfNotExist("srcset", Srcset(variants, published.Url, width, links));
            attributes.AddPropertyIfNotExist("sizes", settings.Sizes);
            if (settings.WebP && format != "webp")
            {
                var webp = widths.Append(width).Select(w => Variant(stem, w, "webp")).ToList();
                variants.AddRange(webp);
                wraps.Add((image, $"<picture><source type=\"image/webp\" srcset=\"{Srcset(webp, null, width, links)}\" sizes=\"{Escape(settings.Sizes)}\">"));
            }
            if (variants.Count > 0) uses.Add(new ImageUse(published.File, variants, at));
        }
        return (uses, () =>
        {
            foreach (var (image, source) in wraps)
            {
                image.InsertBefore(new HtmlInline(source));
                image.InsertAfter(new HtmlInline("</picture>"));
            }
        });
    }

    /// <summary>chart.png at 480 px wide is chart-480w.png; the WebP copy at the original's width is chart-WIDTHw.webp.</summary>
    private static ImageVariant Variant(string stem, int width, string format) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{stem.TrimStart('/')}-{width}w.{(format == "jpeg" ? "jpg" : format)}"), width, format);

    private static string Srcset(IEnumerable<ImageVariant> variants, string? original, int originalWidth, ILinkResolver links)
    {
        var candidates = variants.Select(v => string.Create(CultureInfo.InvariantCulture, $"{Escape(links.RootRelative(Href("/" + v.OutputPath)))} {v.Width}w"));
        if (original is not null) candidates = candidates.Append(string.Create(CultureInfo.InvariantCulture, $"{Escape(links.RootRelative(Href(original)))} {originalWidth}w"));
        return string.Join(", ", candidates);
    }

    /// <summary>Percent-escapes each path segment: a srcset candidate ends at white space, so names with spaces need it.</summary>
    private static string Href(string url) => string.Join('/', url.Split('/').Select(Uri.EscapeDataString));

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
