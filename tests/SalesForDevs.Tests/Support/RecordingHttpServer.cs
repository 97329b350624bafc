using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, for webhook tests. It records every request and answers each
/// with the next scripted reply (status code, optional delay); when the script runs out it answers 200.
/// </summary>
public sealed class RecordingHttpServer : IDisposable
{
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
    }

    public sealed record Reply(int Status, TimeSpan Delay = default, string Body = "");

    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RecordingHttpServer(params Reply[] script)
    {
        foreach (var reply in script) _script.Enqueue(reply);
        (_listener, Port) = LoopbackListener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url(string path = "/hook") => $"http://127.0.0.1:{Port}{path}";

    public IReadOnlyList<Request> Requests => _requests.ToList();

    public void Enqueue(params Reply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }


    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            // Each request on its own task: a slow reply must not hold up the retry that follows it.
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            _requests.Enqueue(new Request(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray()));
            var reply = _script.TryDequeue(out var next) ? next : new Reply(200);
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, _stop.Token);
            context.Response.StatusCode = reply.Status;
            var bytes = System.Text.Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
