using SalesForDevs.Serving;

namespace SalesForDevs.Tests.Support;

/// <summary>A <see cref="TempSite"/> served by <see cref="SiteServer"/> on 127.0.0.1 with a free port, and an HTTP client that does not follow redirects.</summary>
internal sealed class ServedSite : IAsyncDisposable
{
    public TempSite Site { get; }
    public SiteServer Server { get; }
    public HttpClient Http { get; }
    public SyncLog Out { get; }
    public SyncLog Error { get; }

    private ServedSite(TempSite site, SiteServer server, SyncLog output, SyncLog error)
    {
        Site = site;
        Server = server;
        Out = output;
        Error = error;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Origin, Timeout = TimeSpan.FromSeconds(20) };
    }

    public static async Task<ServedSite> StartAsync(string files)
    {
        var site = new TempSite(files);
        var (output, error) = (new SyncLog(), new SyncLog());
        try
        {
            var options = new ServeOptions { Host = "127.0.0.1", Port = 0, Clock = new FixedClock(TempSite.Now), Debounce = TimeSpan.FromMilliseconds(50) };
            var server = await SiteServer.StartAsync(site.Root, options, output, error);
            return new ServedSite(site, server, output, error);
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    /// <summary>Opens the live-reload stream and reads its first ("hello") event, so the server knows this listener before the test edits anything.</summary>
    public async Task<(EventStreamReader Events, string Version)> ListenAsync()
    {
        var response = await Http.GetAsync(LiveReload.EndpointPath, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = new EventStreamReader(await response.Content.ReadAsStreamAsync());
        var (name, version) = await events.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("hello", name);
        return (events, version);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
