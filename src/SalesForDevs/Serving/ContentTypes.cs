using Microsoft.AspNetCore.StaticFiles;

namespace SalesForDevs.Serving;

/// <summary>The Content-Type for an output file, by its extension; text types say they are UTF-8, as every generated file is.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public const string Fallback = "application/octet-stream";

    public static string For(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        // GitHub Pages' marker files have no extension and hold text.
        if (name is ".nojekyll" or "CNAME") return "text/plain; charset=utf-8";
        if (!Provider.TryGetContentType(name, out var type)) return Fallback;
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal)
        || type is "application/json" or "application/xml" or "application/javascript" or "application/manifest+json"
        || type.EndsWith("+xml", StringComparison.Ordinal) && type != "image/svg+xml";

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".avif"] = "image/avif";
        return provider;
    }
}
