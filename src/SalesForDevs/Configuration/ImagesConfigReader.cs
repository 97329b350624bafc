using SalesForDevs.Yaml;

namespace SalesForDevs.Configuration;

/// <summary>Reads <c>images:</c> in site.yml: <c>false</c>, or a mapping of widths, quality, webp and sizes.</summary>
internal static class ImagesConfigReader
{
    public static ImagesConfig Read(YamlMappingReader r)
    {
        if (r.Node("images") is not YamlMapping) return new ImagesConfig { Enabled = r.Bool("images") ?? true };
        var i = r.Child("images")!;
        var config = new ImagesConfig
        {
            Enabled = i.Bool("enabled") ?? true,
            Widths = ReadWidths(i) ?? ImagesConfig.DefaultWidths,
            Quality = ReadQuality(i) ?? 80,
            WebP = i.Bool("webp") ?? true,
            Sizes = i.String("sizes") ?? new ImagesConfig().Sizes,
        };
        i.ReportUnknownKeys();
        return config;
    }

    private static IReadOnlyList<int>? ReadWidths(YamlMappingReader i)
    {
        var node = i.Node("widths");
        if (node is null) return null;
        var widths = new List<int>();
        foreach (var item in i.StringList("widths") ?? [])
        {
            if (int.TryParse(item.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width is >= 16 and <= 8192)
                widths.Add(width);
            else i.Error(item, $"`images.widths` holds widths in pixels from 16 to 8192, such as [480, 960, 1600], not \"{item.Value}\"");
        }
        if (widths.Count == 0 && node is YamlSequence { Items.Count: 0 }) i.Error(node, "`images.widths` needs at least one width, such as [480, 960, 1600]; `images: false` turns resizing off");
        return widths.Distinct().Order().ToList();
    }

    private static int? ReadQuality(YamlMappingReader i)
    {
        var node = i.Node("quality");
        var quality = i.Int("quality", min: 1);
        if (quality > 100) i.Error(node!, $"`images.quality` must be from 1 to 100, not {quality}");
        return quality is > 100 ? null : quality;
    }
}
