using System.Net;
using System.Text;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Serving;

/// <summary>
/// Shows a failed build in the browser: an overlay over the last good page, or a whole page when there is
/// no good build yet. The lines are the ones printed in the terminal (path:line:col: error: message).
/// </summary>
internal static class ErrorOverlay
{
    public const string ElementId = "sfd-error-overlay";

    /// <summary>The overlay element, to inject into a served page.</summary>
    public static string Fragment(IReadOnlyList<Diagnostic> diagnostics, bool hasPreviousBuild)
    {
        var html = new StringBuilder();
        html.Append("<div id=\"").Append(ElementId).Append("\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;")
            .Append("margin:0;padding:2rem;background:rgba(32,6,6,.96);color:#fbe9e9;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left\">\n");
        var errors = diagnostics.Count(d => d.IsError);
        html.Append("<h2 style=\"margin:0 0 1rem;font-size:1.3rem;color:#ff9b9b\">The build failed with ")
            .Append(errors).Append(errors == 1 ? " error" : " errors").Append("</h2>\n");
        html.Append("<ul style=\"margin:0 0 1rem;padding:0;list-style:none\">\n");
        foreach (var d in diagnostics)
            html.Append("<li style=\"margin:0 0 .75rem;white-space:pre-wrap;overflow-wrap:anywhere\"><code>")
                .Append(WebUtility.HtmlEncode(d.ToString())).Append("</code></li>\n");
        html.Append("</ul>\n<p style=\"margin:0;color:#d9b8b8\">Fix the file and save: this page reloads by itself.")
            .Append(hasPreviousBuild ? " Behind this box is the last build that worked." : "").Append("</p>\n</div>\n");
        return html.ToString();
    }

    /// <summary>A whole page for when no build has worked yet, with <paramref name="script"/> so it recovers by itself.</summary>
    public static string Page(IReadOnlyList<Diagnostic> diagnostics, string script) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed - sfd serve</title>\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n<body>\n" +
        Fragment(diagnostics, hasPreviousBuild: false) + script + "</body>\n</html>\n";
}
