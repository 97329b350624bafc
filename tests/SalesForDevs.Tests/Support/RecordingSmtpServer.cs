using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// A real SMTP server (the SmtpServer package) in this process on 127.0.0.1 and a free port. It keeps every message
/// it receives, parsed with MimeKit, and the logins it was given. With <c>user</c> set, only that login is accepted.
/// </summary>
public sealed class RecordingSmtpServer : IDisposable
{
    public sealed record Received(string From, IReadOnlyList<string> To, MimeMessage Message);

    private readonly ConcurrentQueue<Received> _messages = new();
    private readonly ConcurrentQueue<(string User, string Password)> _logins = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    /// <param name="certificate">Offer STARTTLS with it; logins are then accepted only after TLS.</param>
    public RecordingSmtpServer(string? user = null, string? password = null, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b =>
            {
                b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)).AllowUnsecureAuthentication(certificate is null).AuthenticationRequired(user is not null);
                if (certificate is not null) b.Certificate(certificate);
            })
            .Build();
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(_messages, m => OnMessage?.Invoke(m)));
        services.Add(new DelegatingUserAuthenticator((u, p) =>
        {
            _logins.Enqueue((u, p));
            return u == user && p == password;
        }));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
        if (!started.Task.Wait(TimeSpan.FromSeconds(10))) throw new InvalidOperationException("the SMTP server did not start");
        Port = started.Task.Result;
    }

    public int Port { get; }

    public IReadOnlyList<Received> Messages => _messages.ToList();

    public IReadOnlyList<(string User, string Password)> Logins => _logins.ToList();

    /// <summary>Called with each message as it arrives, before the server answers: a test can look at the sender's state then.</summary>
    public Action<MimeMessage>? OnMessage { get; set; }

    private sealed class Store(ConcurrentQueue<Received> messages, Action<MimeMessage> onMessage) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            onMessage(message);
            messages.Enqueue(new Received($"{transaction.From.User}@{transaction.From.Host}",
                transaction.To.Select(t => $"{t.User}@{t.Host}").ToList(), message));
            return SmtpResponse.Ok;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _server.Shutdown();
        try { _running.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
