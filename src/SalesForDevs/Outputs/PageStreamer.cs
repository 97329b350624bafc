using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// Renders one page through the theme straight into UTF-8 for a sink (a first build into an empty folder): the page is
/// never a string, only the main column that the base layout wraps. The bytes are those of the string path (rendered,
/// control characters removed, encoded).
/// </summary>
internal static class PageStreamer
{
    /// <returns>What stands in for the written file, or null when a template failed (the renderer keeps the error).</returns>
    public static OutputFile? Render(TemplateRenderer renderer, string path, string layout, PageView view, PaginatorView? paginator, string source, IOutputSink sink)
    {
        if (renderer.Stopped) return null;
        using var output = new Utf8PageOutput();
        if (!renderer.RenderPage(layout, view, paginator, source, output)) return null;
        var (buffer, length) = output.Finish();
        return sink.Write(path, buffer, length);
    }
}
