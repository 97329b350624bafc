using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// Serves a built site from a folder under a sub-path on 127.0.0.1, the way GitHub Pages serves a project site
/// (https://USER.github.io/REPO/): DIR/ answers DIR/index.html, a missing file under the sub-path answers the
/// site's 404.html with status 404, and anything outside the sub-path is a bare 404.
/// It is stricter than GitHub Pages in one way: a folder asked for without its trailing slash is a 404, not a redirect,
/// so links that only work through that redirect are caught.
/// Files are read when asked for, so the server can start before the site is built (the port is part of base_url).
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
    };

    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, byte> _served = new(StringComparer.Ordinal);

    /// <summary>The site's base URL, for example http://127.0.0.1:41234/SalesForDevs/.</summary>
    public Uri BaseUrl { get; }

    public StaticSiteServer(string root, string subPath)
    {
        _root = Path.GetFullPath(root);
        var prefix = "/" + subPath.Trim('/') + "/";
        (_listener, var port) = LoopbackListener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{port}{prefix}");
        _loop = Task.Run(() => ServeAsync(prefix));
    }

    /// <summary>Output-relative paths of the files answered so far (for 200, and 404.html served as the not-found page).</summary>
    public IReadOnlyCollection<string> ServedFiles => _served.Keys.ToList();


    private async Task ServeAsync(string prefix)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { Answer(context, prefix); }
            catch (Exception e) when (e is HttpListenerException or IOException) { /* the client went away */ }
            finally { context.Response.Close(); }
        }
    }

    private void Answer(HttpListenerContext context, string prefix)
    {
        var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            response.StatusCode = 404;
            return;
        }

        var relative = path[prefix.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = Path.GetFullPath(Path.Combine(_root, relative));
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file)) return;
        }
        else response.StatusCode = 200;

        _served.TryAdd(Path.GetRelativePath(_root, file).Replace('\\', '/'), 0);
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = File.ReadAllBytes(file);
        response.ContentLength64 = bytes.Length;
        if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
