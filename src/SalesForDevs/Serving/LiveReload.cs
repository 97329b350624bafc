using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace SalesForDevs.Serving;

/// <summary>
/// The server-sent event stream open pages listen to. A page gets a <c>hello</c> event with the current site
/// version when it connects, and a <c>reload</c> event with the new version after every rebuild (good or failed).
/// </summary>
internal sealed class LiveReload : IDisposable
{
    /// <summary>Outside any site path a theme would produce; answered before the request is mapped to the site.</summary>
    public const string EndpointPath = "/_sfd/live-reload";

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<int, Channel<string>> _clients = new();
    private int _nextId;
    private volatile bool _disposed;

    /// <summary>How many pages are listening now.</summary>
    public int ClientCount => _clients.Count;

    /// <summary>Tells every open page that the site is now at <paramref name="version"/>.</summary>
    public void Broadcast(string version)
    {
        var message = Event("reload", version);
        foreach (var client in _clients.Values) client.Writer.TryWrite(message);
    }

    /// <summary>Serves one page's event stream until the page goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, Func<string> currentVersion, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";

        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var id = Interlocked.Increment(ref _nextId);
        // Register before reading the version, so a rebuild in between still reaches this page.
        _clients[id] = channel;
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = both.Token;
        try
        {
            // retry: how soon the browser reconnects when the server restarts.
            await WriteAsync(response, "retry: 1000\n" + Event("hello", currentVersion()), token);
            Task<bool>? wait = null;
            while (!_disposed)
            {
                // One pending wait is kept across heartbeats: the channel is read by this loop alone.
                wait ??= channel.Reader.WaitToReadAsync(token).AsTask();
                if (await Task.WhenAny(wait, Task.Delay(Heartbeat, token)) != wait)
                {
                    await WriteAsync(response, ": keep-alive\n\n", token);
                    continue;
                }
                if (!await wait) break;
                wait = null;
                while (channel.Reader.TryRead(out var message)) await WriteAsync(response, message, token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: both end the stream quietly.
        }
        catch (IOException)
        {
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken token)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), token);
        await response.Body.FlushAsync(token);
    }

    /// <summary>Ends every open stream.</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var client in _clients.Values) client.Writer.TryComplete();
    }
}
