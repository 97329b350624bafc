using Microsoft.Extensions.Hosting;

namespace SalesForDevs.Serving;

/// <summary>
/// Keeps the web host from handling Ctrl+C and SIGTERM itself: the command that started the server decides
/// when to stop it, so it can stop the watcher and end the open event streams first.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
