using System.Net;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Outputs.Aliases;

/// <summary>
/// Writes a small redirect page at each alias: an immediate meta refresh and a canonical link to the page's address, kept
/// out of search indexes, the sitemap and the feeds, with a plain link for the rare browser that does not follow it.
/// </summary>
internal static class AliasPageWriter
{
    /// <param name="taken">Paths of the files the site writes otherwise; an alias on one of them, or on a folder one is a file of, is an error.</param>
    public static IReadOnlyList<OutputFile> Write(SiteGraph graph, UrlBuilder urls, IReadOnlySet<string> taken, DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>();
        foreach (var alias in graph.Aliases)
        {
            var folder = alias.OutputPath.EndsWith("/index.html", StringComparison.Ordinal) ? alias.OutputPath[..^"/index.html".Length] : null;
            if (taken.Contains(alias.OutputPath) || (folder is not null && taken.Contains(folder)))
            {
                diagnostics.Error("alias-collision", $"alias {alias.Url} would be written to {alias.OutputPath}, where the site already has a file; an alias must be an old address that no page uses now", alias.At);
                continue;
            }
            files.Add(OutputFile.Generated(alias.OutputPath, Page(urls.Absolute(alias.Target.Url), alias.Target.Title, graph.Config.Strings)));
        }
        return files;
    }

    public static string Page(string target, string title, Languages.Translations strings)
    {
        var href = WebUtility.HtmlEncode(target);
        var text = WebUtility.HtmlEncode(title);
        var language = strings.Language;
        return $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{text}</title>
            <link rel="canonical" href="{href}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            </head>
            <body>
            <p>{strings.Text("moved_to", ("link", $"<a href=\"{href}\">{text}</a>"))}</p>
            </body>
            </html>

            """;
    }
}
