namespace SalesForDevs.Configuration;

/// <summary>
/// Responsive images (site.yml <c>images</c>): raster images in markdown get resized copies at these widths (never
/// wider than the original) in their own format and in WebP, offered with srcset and <see cref="Sizes"/>.
/// </summary>
internal sealed record ImagesConfig
{
    public static readonly IReadOnlyList<int> DefaultWidths = [480, 960, 1600];

    public bool Enabled { get; init; } = true;
    /// <summary>Widths in pixels, ascending, distinct.</summary>
    public IReadOnlyList<int> Widths { get; init; } = DefaultWidths;
    /// <summary>Quality of JPEG and WebP copies, 1–100.</summary>
    public int Quality { get; init; } = 80;
    public bool WebP { get; init; } = true;
    /// <summary>The sizes attribute: how wide the image is shown, for the browser to pick a width (the default theme's column).</summary>
    public string Sizes { get; init; } = "(min-width: 44rem) 42rem, 100vw";
}
