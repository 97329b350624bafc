using SalesForDevs.Yaml;

namespace SalesForDevs.Content;

/// <summary>
/// Reads front matter <c>aliases</c>: old site paths of a page, each to get a redirect. A path names a folder
/// (/old/path/ is written as old/path/index.html) unless it ends in .html or .htm.
/// </summary>
internal static class AliasReader
{
    public static IReadOnlyList<Located<string>> Read(YamlMappingReader r)
    {
        if (r.StringList("aliases") is not { Count: > 0 } aliases) return [];
        var list = new List<Located<string>>();
        foreach (var scalar in aliases)
        {
            var value = scalar.Value.Trim();
            if (Normalize(value) is { } url) list.Add(new Located<string>(url, r.At(scalar)));
            else r.Error(scalar, $"alias \"{value}\" must be a path on this site starting with /, such as /2019/05/old-slug/ (no scheme, host, ?, # or ..)");
        }
        return list;
    }

    /// <summary>The alias as a site URL (a trailing / unless it names an .html file), or null when it is no plain site path.</summary>
    public static string? Normalize(string alias)
    {
        if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.IndexOfAny(['?', '#', '\\', ' ', '"', '<', '>']) >= 0) return null;
        var segments = alias.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or "..")) return null;
        var url = "/" + string.Join('/', segments);
        return url.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || url.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? url : url + "/";
    }
}
