using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// The files of one theme, wherever they live: a folder under the site's <c>themes/</c>, or a theme built into sfd.
/// Paths inside a theme are relative and use '/' ("layouts/post.scriban", "assets/css/site.css") on every OS;
/// only a folder theme turns them into file-system paths, with <see cref="Path.Combine(string, string)"/>.
/// </summary>
internal abstract class ThemeFiles
{
    protected ThemeFiles(string name, string displayRoot)
    {
        Name = name;
        DisplayRoot = displayRoot;
    }

    public string Name { get; }

    /// <summary>How messages name the theme's root: "themes/default" for a folder, "(built-in)/themes/default" for sfd's own.</summary>
    public string DisplayRoot { get; }

    /// <summary>The theme's folder on disk, or null for a theme built into sfd.</summary>
    public abstract string? Directory { get; }

    /// <summary>
    /// Every file below <paramref name="folder"/> ("layouts", "assets"), as theme paths, sorted ordinally. A folder
    /// theme's links that lead out of the site are reported in <paramref name="diagnostics"/> and left out.
    /// </summary>
    public abstract IReadOnlyList<string> List(string folder, DiagnosticBag diagnostics);

    public abstract Stream Open(string path);

    public string ReadText(string path)
    {
        using var reader = new StreamReader(Open(path), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public byte[] ReadBytes(string path)
    {
        using var stream = Open(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The name messages use for one of the theme's files.</summary>
    public string Display(string path) => DisplayRoot + "/" + path;
}
