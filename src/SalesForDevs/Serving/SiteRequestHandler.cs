using System.Text;
using Microsoft.AspNetCore.Http;
using SalesForDevs.Files;
using SalesForDevs.Outputs;

namespace SalesForDevs.Serving;

/// <summary>
/// Answers one request from the current snapshot: the live-reload stream, a redirect, an output file from
/// memory (or its static source on disk), or the site's 404 page. HTML gets the reload script, and after a
/// failed build the error overlay.
/// </summary>
internal sealed class SiteRequestHandler(LiveSite site, LiveReload reload, CancellationToken stopping)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var snapshot = site.Current ?? throw new InvalidOperationException("the site is served only after its first build");

        if (request.Path.Value == LiveReload.EndpointPath)
        {
            await reload.StreamAsync(context, () => site.Current!.Version, stopping);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (!snapshot.HasFiles)
        {
            // No build has worked yet: every page is the error page, which reloads when a build works.
            await WriteTextAsync(context, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8",
                ErrorOverlay.Page(snapshot.Diagnostics, Script(snapshot)));
            return;
        }

        var route = RequestPathMapper.Map(request.Path.Value ?? "/", snapshot.BasePath, snapshot.Files.ContainsKey, request.QueryString.Value ?? "");
        switch (route)
        {
            case SiteRoute.Redirect redirect:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = redirect.Location;
                return;
            case SiteRoute.File file when snapshot.Files.TryGetValue(file.Path, out var output):
                if (await TryServeAsync(context, snapshot, output, StatusCodes.Status200OK)) return;
                break;
        }
        await ServeNotFoundAsync(context, snapshot);
    }

    private async Task ServeNotFoundAsync(HttpContext context, SiteSnapshot snapshot)
    {
        if (snapshot.Files.TryGetValue("404.html", out var page) && await TryServeAsync(context, snapshot, page, StatusCodes.Status404NotFound)) return;
        await WriteTextAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "404 Not Found\n");
    }

    /// <summary>
    /// False when a static file vanished since the build (the next rebuild will drop it), or became a link that leads
    /// out of the site: the build refuses those, and so does the server.
    /// </summary>
    private async Task<bool> TryServeAsync(HttpContext context, SiteSnapshot snapshot, OutputFile file, int status)
    {
        if (file.CopyFrom is not null && !SiteFileWalker.IsInsideSite(site.Directory, file.CopyFrom)) return false;
        var type = ContentTypes.For(file.Path);
        if (ReloadScriptInjector.IsHtml(file.Path))
        {
            var html = file.Text ?? (file.Bytes is not null ? Utf8.GetString(file.Bytes) : await ReadTextAsync(file.CopyFrom!));
            if (html is null) return false;
            var extra = (snapshot.Failed ? ErrorOverlay.Fragment(snapshot.Diagnostics, hasPreviousBuild: true) : "") + Script(snapshot);
            await WriteTextAsync(context, status, type, ReloadScriptInjector.Inject(html, extra));
            return true;
        }
        if (file.Text is not null)
        {
            await WriteTextAsync(context, status, type, file.Text);
            return true;
        }
        if (file.Parts is { } parts)
        {
            // Sent part by part: the search index is megabytes, and joining it after every edit costs more than sending it.
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = type;
            response.ContentLength = parts.Length;
            if (!HttpMethods.IsHead(context.Request.Method)) await parts.WriteToAsync(response.Body, context.RequestAborted);
            return true;
        }
        if (file.Bytes is not null)
        {
            await WriteBytesAsync(context, status, type, file.Bytes);
            return true;
        }
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.CopyFrom!, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        await WriteBytesAsync(context, status, type, bytes);
        return true;
    }

    private static string Script(SiteSnapshot snapshot) => ReloadScriptInjector.Script(LiveReload.EndpointPath, snapshot.Version);

    private static async Task<string?> ReadTextAsync(string path)
    {
        try
        {
            return await File.ReadAllTextAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Task WriteTextAsync(HttpContext context, int status, string type, string text) =>
        WriteBytesAsync(context, status, type, Utf8.GetBytes(text));

    private static async Task WriteBytesAsync(HttpContext context, int status, string type, byte[] bytes)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
