using System.Reflection;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// A theme built into sfd: the repository's <c>themes/NAME/</c> folder, embedded in this library at build time
/// (see SalesForDevs.csproj), so an installed sfd builds a site that has no themes folder of its own.
/// </summary>
internal sealed class BuiltInThemeFiles : ThemeFiles
{
    /// <summary>Resource names start with this, then the theme's name and its path inside the theme.</summary>
    private const string Prefix = "sfd/themes/";

    private static readonly Assembly Library = typeof(BuiltInThemeFiles).Assembly;

    /// <summary>Theme path to resource name, for the one theme.</summary>
    private readonly IReadOnlyDictionary<string, string> _resources;

    private BuiltInThemeFiles(string name, IReadOnlyDictionary<string, string> resources) : base(name, "(built-in)/themes/" + name)
    {
        _resources = resources;
    }

    public override string? Directory => null;

    /// <summary>The names of the themes built into sfd, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Library.GetManifestResourceNames()
        .Select(SitePaths.Normalize)
        .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(r => r[Prefix.Length..].Split('/')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The built-in theme called <paramref name="name"/>, or null when sfd has none by that name.</summary>
    public static BuiltInThemeFiles? Find(string name)
    {
        var prefix = Prefix + name + "/";
        var resources = Library.GetManifestResourceNames()
            .Where(r => SitePaths.Normalize(r).StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(r => SitePaths.Normalize(r)[prefix.Length..], r => r, StringComparer.Ordinal);
        return resources.Count == 0 ? null : new BuiltInThemeFiles(name, resources);
    }

    /// <summary>Every file of the theme, as theme paths, sorted.</summary>
    public IReadOnlyList<string> All => _resources.Keys.Order(StringComparer.Ordinal).ToList();

    public override IReadOnlyList<string> List(string folder, DiagnosticBag diagnostics)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return _resources.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    public override Stream Open(string path) =>
        _resources.TryGetValue(path, out var resource)
            ? Library.GetManifestResourceStream(resource)!
            : throw new FileNotFoundException($"the built-in theme `{Name}` has no file {path}");
}
