using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Markdown.Extensions.Images;

/// <summary>
/// Prepares a body's images before rendering: width and height from local files (so the page does not jump as they
/// load), loading="lazy" and decoding="async" on all but the first image (likely in view at once), and a warning
/// for an image without alt text. Runs before links are rewritten, while URLs are still as the author wrote them.
/// </summary>
internal static class ImageAttributes
{
    /// <param name="linksAndImages">The body's links and images in document order (<see cref="MarkdownNodes.Links"/>).</param>
    public static void Apply(IReadOnlyList<LinkInline> linksAndImages, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics)
    {
        var first = true;
        foreach (var image in linksAndImages)
        {
            if (!image.IsImage) continue;
            var url = image.Url ?? "";
            if (AltText(image).Length == 0)
                diagnostics.Warning("image-alt", $"image \"{url}\" has no alt text; describe what it shows between the brackets: ![a chart of raises by year]({url})",
                    new SourceLocation(sourcePath, bodyStartLine + image.Line, image.Column + 1));
            var attributes = image.GetAttributes();
            if (links.ImageFile(sourcePath, url) is { } file && ImageSize.Read(file) is var (width, height))
            {
                attributes.AddPropertyIfNotExist("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (!first)
            {
                attributes.AddPropertyIfNotExist("loading", "lazy");
                attributes.AddPropertyIfNotExist("decoding", "async");
            }
            first = false;
        }
    }

    private static string AltText(ContainerInline image)
    {
        var text = new StringBuilder();
        foreach (var inline in image.Descendants<LiteralInline>()) text.Append(inline.Content.ToString());
        foreach (var inline in image.Descendants<CodeInline>()) text.Append(inline.Content);
        return text.ToString().Trim();
    }
}
