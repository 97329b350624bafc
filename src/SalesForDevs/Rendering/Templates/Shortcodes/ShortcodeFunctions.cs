using System.Net;
using Scriban.Runtime;
using SalesForDevs.Files;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Rendering.Markdown.Extensions.Images;

namespace SalesForDevs.Rendering.Templates.Shortcodes;

/// <summary>
/// Functions shortcode templates get for the page that calls them, in snake_case:
/// <c>image "chart.png"</c> finds an image the way markdown images are found (beside the post, else under
/// content/static; "/x.png" under content/static) and gives its URL, width and height;
/// <c>code_file "Program.cs"</c> reads a file beside the post (or "/snippets/x.cs" under content/) and highlights
/// it like a fenced code block; <c>fail "message"</c> reports a wrong call as an error at the call.
/// </summary>
internal sealed class ShortcodeFunctions(string siteDirectory, string sourcePath, ILinkResolver links)
{
    /// <summary>Adds the functions to a template's globals.</summary>
    public void AddTo(ScriptObject globals)
    {
        globals.SetValue("image", TemplateFunction.Of<string, ScriptObject>("src", Image), readOnly: true);
        globals.SetValue("code_file", TemplateFunction.Of<string, string?, ScriptObject>("path", "language", CodeFile), readOnly: true);
        globals.SetValue("fail", TemplateFunction.Of<string>("message", Fail), readOnly: true);
    }

    /// <summary><c>fail "alt text is empty"</c>: stops the build with an error at the call in the markdown file.</summary>
    public static void Fail(string message) => throw new ShortcodeUseException(message);

    /// <summary>
    /// url (root URLs gain the base path, as in markdown), width and height (0 when the file is not local or its
    /// size cannot be read).
    /// </summary>
    public ScriptObject Image(string src)
    {
        src ??= "";
        var url = src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) ? links.RootRelative(src) : src;
        var size = links.ImageFile(sourcePath, src) is { } file ? ImageSize.Read(file) : null;
        return new ScriptObject
        {
            ["url"] = url,
            ["width"] = size?.Width ?? 0,
            ["height"] = size?.Height ?? 0,
        };
    }

    /// <summary>
    /// html (a highlighted &lt;pre&gt;&lt;code&gt; block), name (the file's name), path (site-relative) and language.
    /// <paramref name="language"/> defaults to the file's extension.
    /// </summary>
    public ScriptObject CodeFile(string path, string? language)
    {
        var relative = Resolve(path ?? "");
        var full = Path.Combine(siteDirectory, relative);
        if (!File.Exists(full))
            throw new ShortcodeUseException($"no file {relative} to include: a relative path is taken beside {sourcePath}, a path starting with / under content/");
        if (!SiteFileWalker.IsInsideSite(siteDirectory, full))
            throw new ShortcodeUseException($"{relative} leads outside the site (a symbolic link); only the site's own files can be included");
        string code;
        try
        {
            code = File.ReadAllText(full).Replace("\r\n", "\n").TrimEnd('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ShortcodeUseException($"cannot read {relative}: {e.Message}");
        }
        var lang = string.IsNullOrWhiteSpace(language) ? Path.GetExtension(relative).TrimStart('.').ToLowerInvariant() : language.Trim();
        var highlighted = CodeHighlighter.Highlight(code, lang) ?? WebUtility.HtmlEncode(code);
        var html = lang.Length > 0
            ? $"<pre tabindex=\"0\"><code class=\"language-{WebUtility.HtmlEncode(lang)}\">{highlighted}\n</code></pre>"
            : $"<pre tabindex=\"0\"><code>{highlighted}\n</code></pre>";
        return new ScriptObject
        {
            ["html"] = html,
            ["name"] = Path.GetFileName(relative),
            ["path"] = relative,
            ["language"] = lang,
            ["lines"] = code.Length == 0 ? 0 : code.Count(c => c == '\n') + 1,
        };
    }

    /// <summary>The site-relative path of an included file; it must stay under content/.</summary>
    private string Resolve(string path)
    {
        var folder = sourcePath.Contains('/') ? sourcePath[..sourcePath.LastIndexOf('/')] : "";
        var candidate = path.StartsWith('/') ? "content" + path : $"{folder}/{path}";
        var normal = GraphLinkResolver.Normalize(candidate);
        if (path.Trim().Length == 0 || normal is null || !normal.StartsWith("content/", StringComparison.Ordinal))
            throw new ShortcodeUseException($"\"{path}\" is outside content/; include a file beside the post, or one under content/ with a path starting with /");
        return normal;
    }
}
