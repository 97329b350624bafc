using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SalesForDevs.Serving;

/// <summary>
/// <c>sfd serve</c>: builds the site in memory, serves it on Kestrel under its base URL's sub-path, watches the
/// sources, rebuilds after a change and tells open pages to reload. A failed build is printed and shown over
/// the pages; the server keeps running on the last good build until a save fixes it.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LiveSite _site;
    private readonly LiveReload _reload;
    private readonly SiteWatcher _watcher;
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly CancellationTokenSource _stopping;
    private readonly bool _verbose;
    private int _stopped;

    private SiteServer(WebApplication app, LiveSite site, LiveReload reload, SiteWatcher watcher, TextWriter output, TextWriter error, CancellationTokenSource stopping)
    {
        _app = app;
        _stopping = stopping;
        _site = site;
        _reload = reload;
        _watcher = watcher;
        _out = output;
        _error = error;
        _verbose = site.Options.Verbose;
    }

    /// <summary>The served site's address, sub-path included (http://127.0.0.1:4000/SalesForDevs/).</summary>
    public Uri Url => new(_site.Origin + (_site.Current?.BasePath ?? "/"));

    /// <summary>The scheme, host and port, without the sub-path.</summary>
    public Uri Origin => new(_site.Origin + "/");

    /// <summary>What the server shows now.</summary>
    public SiteSnapshot Current => _site.Current!;

    /// <summary>How many pages are listening for reloads.</summary>
    public int ListeningPages => _reload.ClientCount;

    /// <summary>
    /// Starts listening, builds the site once (printing its diagnostics), then watches for changes.
    /// Throws <see cref="IOException"/> when the address is taken, <see cref="ArgumentException"/> for a bad host.
    /// </summary>
    public static async Task<SiteServer> StartAsync(string siteDirectory, ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var endpoint = ListenEndpoint(options.Host, options.Port);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = siteDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(endpoint);
        });
        // Open event streams end as soon as stopping begins, so a short grace period is plenty.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        var app = builder.Build();

        // The port (when 0 was asked for) and so the base URL are known only once Kestrel listens, so requests
        // that arrive before the first build wait for it.
        var firstBuild = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        SiteRequestHandler? handler = null;
        app.Run(async context =>
        {
            await firstBuild.Task.WaitAsync(context.RequestAborted);
            await handler!.HandleAsync(context);
        });

        await app.StartAsync(cancellationToken);
        var reload = new LiveReload();
        // Cancelled when the server stops: ends the open event streams, which would otherwise hold shutdown up.
        var stopping = new CancellationTokenSource();
        SiteWatcher? watcher = null;
        try
        {
            var site = new LiveSite(siteDirectory, options, OriginOf(app, options.Host));
            SiteServer? server = null;
            watcher = new SiteWatcher(siteDirectory, options.Debounce, changes => server!.OnChangesAsync(changes));
            server = new SiteServer(app, site, reload, watcher, output, error, stopping);
            handler = new SiteRequestHandler(site, reload, stopping.Token);
            app.Lifetime.ApplicationStopping.Register(stopping.Cancel);

            // Watching starts first, so a save during the first build still brings a rebuild after it.
            watcher.Start();
            var report = await Task.Run(() => site.Rebuild(), cancellationToken);
            firstBuild.SetResult();
            server.PrintFirstBuild(report);
            return server;
        }
        catch
        {
            firstBuild.TrySetCanceled(cancellationToken);
            watcher?.Dispose();
            reload.Dispose();
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            throw;
        }
    }

    private async Task OnChangesAsync(SiteChanges changes)
    {
        if (_stopping.IsCancellationRequested) return;
        var basePath = _site.Current?.BasePath;
        var report = await Task.Run(() => _site.Rebuild(changes));
        _reload.Broadcast(report.Snapshot.Version);
        var sinceSave = Stopwatch.GetElapsedTime(changes.FirstSeen);
        PrintDiagnostics(report);
        var what = Describe(changes);
        if (report.Succeeded)
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Rebuilt in {sinceSave.TotalMilliseconds:0} ms after a change to {what} (build {report.Elapsed.TotalMilliseconds:0} ms; markdown: {report.BodiesRendered} rendered, {report.BodiesReused} reused; pages: {report.PagesRendered} rendered, {report.PagesReused} reused); reloading {_reload.ClientCount} page(s)"));
        else
            _error.WriteLine($"Build failed after a change to {what}; the browser shows the errors. Serving the last good build until a save fixes them.");
        if (_verbose) PrintStages(report);
        if (report.Snapshot.BasePath != basePath) _out.WriteLine($"The base URL's path changed: the site is now at {Url}");
        _out.Flush();
    }

    /// <summary>Names the changed file; editors that save through a temporary file touch two paths, of which one is left.</summary>
    private string Describe(SiteChanges changes)
    {
        if (changes.Paths.Count == 0) return "files the watcher lost track of";
        var left = changes.Paths.Where(p => File.Exists(Path.Combine(_site.Directory, p))).ToList();
        return changes.Paths.Count == 1 ? changes.Paths[0]
            : left.Count == 1 ? left[0]
            : $"{changes.Paths.Count} files";
    }

    private void PrintFirstBuild(RebuildReport report)
    {
        PrintDiagnostics(report);
        if (report.Succeeded)
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {report.Snapshot.Files.Count} files in {report.Elapsed.TotalMilliseconds:0} ms (in memory; nothing is written to disk)"));
        else
            _error.WriteLine("The build failed; the browser shows the errors until a save fixes them.");
        if (_verbose) PrintStages(report);
    }

    /// <summary>--verbose: where a rebuild's time went, and how much it read, compared and made again.</summary>
    private void PrintStages(RebuildReport report) =>
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  stages: {StageTimes.Format(report.Stages)}; processor {report.ProcessorTime.TotalMilliseconds:0} ms, {report.Allocated / 1048576.0:0.0} MB allocated, {report.Collections} collections; content files read: {report.FilesRead}; graph {(report.GraphReused ? "kept" : "linked")}, theme {(report.ThemeReused ? "kept" : "parsed")}; page views compared: {report.PagesCompared}; feeds, search index and sitemap parts: {report.OutputsWritten} made, {report.OutputsReused} reused"));

    private void PrintDiagnostics(RebuildReport report)
    {
        foreach (var d in report.Diagnostics) _error.WriteLine(d.ToString());
        _error.Flush();
    }

    /// <summary>Stops watching, ends the open event streams and stops the server.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        _stopping.Cancel();
        _watcher.Dispose();
        _reload.Dispose();
        await _app.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }

    private static IPEndPoint ListenEndpoint(string host, int port)
    {
        if (port is < 0 or > 65535) throw new ArgumentException($"--port must be between 0 and 65535, not {port}");
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return new IPEndPoint(IPAddress.Loopback, port);
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address)) return new IPEndPoint(address, port);
        throw new ArgumentException($"--host must be an IP address such as 127.0.0.1 or 0.0.0.0, or localhost; not \"{host}\"");
    }

    /// <summary>The address pages link to: the bound port, and a name a browser can open even when listening on every interface.</summary>
    private static string OriginOf(WebApplication app, string host)
    {
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound).Port;
        var name = host.Trim('[', ']') switch
        {
            "0.0.0.0" or "::" => "localhost",
            var h when IPAddress.TryParse(h, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 => $"[{h}]",
            var h => h,
        };
        return string.Create(CultureInfo.InvariantCulture, $"http://{name}:{port}");
    }
}
