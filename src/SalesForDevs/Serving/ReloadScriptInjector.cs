namespace SalesForDevs.Serving;

/// <summary>
/// Adds the live-reload script (and, after a failed build, the error overlay) to HTML pages as they are served.
/// Only sfd serve does this: the built site never carries the script.
/// </summary>
internal static class ReloadScriptInjector
{
    /// <summary>Whether a served file is an HTML page that should get the script.</summary>
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The script: it listens to the server's events and reloads the page when the site's version is no longer the
    /// one the page was served with. Comparing versions (rather than only reacting to a "reload" event) also catches
    /// a rebuild that finished between serving the page and the page connecting.
    /// </summary>
    public static string Script(string endpoint, string version) =>
        "<script data-sfd-live-reload>\n" +
        "(function () {\n" +
        $"  var version = \"{version}\";\n" +
        $"  var source = new EventSource(\"{endpoint}\");\n" +
        "  function check(event) { if (event.data !== version) { source.close(); location.reload(); } }\n" +
        "  source.addEventListener(\"hello\", check);\n" +
        "  source.addEventListener(\"reload\", check);\n" +
        "})();\n" +
        "</script>\n";

    /// <summary>Puts <paramref name="fragment"/> just before the last &lt;/body&gt;, or at the end when the page has none.</summary>
    public static string Inject(string html, string fragment)
    {
        var at = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + fragment : string.Concat(html.AsSpan(0, at), fragment, html.AsSpan(at));
    }
}
