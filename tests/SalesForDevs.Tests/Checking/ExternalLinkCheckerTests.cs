using SalesForDevs.Checking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Checking;

public sealed class ExternalLinkCheckerTests : IDisposable
{
    private readonly HttpClient _client = ExternalLinkChecker.CreateClient();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _mostInFlight;

    private async Task Handle(System.Net.HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        switch (request.Url!.AbsolutePath)
        {
            case "/ok":
                response.StatusCode = 200;
                break;
            case "/moved":
                response.StatusCode = 301;
                response.RedirectLocation = "/ok";
                break;
            case "/no-head":
                response.StatusCode = request.HttpMethod == "HEAD" ? 405 : 200;
                break;
            case "/busy":
                response.StatusCode = 429;
                break;
            case "/slow":
                await _release.Task;
                break;
            case var p when p.StartsWith("/count/", StringComparison.Ordinal):
                var now = Interlocked.Increment(ref _inFlight);
                InterlockedMax(ref _mostInFlight, now);
                await Task.Delay(100);
                Interlocked.Decrement(ref _inFlight);
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    [Fact]
    public async Task Working_links_pass_and_missing_ones_name_the_status()
    {
        using var server = new LocalHttpServer(Handle);
        var checker = new ExternalLinkChecker(_client);

        var results = await checker.CheckAsync([server.Url("/ok"), server.Url("/moved"), server.Url("/busy"), server.Url("/gone")]);

        Assert.Null(results[server.Url("/ok")]);
        Assert.Null(results[server.Url("/moved")]);
        Assert.Null(results[server.Url("/busy")]);
        Assert.Equal("HTTP 404 Not Found", results[server.Url("/gone")]);
    }

    [Fact]
    public async Task Head_comes_first_and_get_is_tried_when_head_fails()
    {
        using var server = new LocalHttpServer(Handle);

        var results = await new ExternalLinkChecker(_client).CheckAsync([server.Url("/no-head"), server.Url("/ok")]);

        Assert.Null(results[server.Url("/no-head")]);
        Assert.Equal(["GET /no-head", "HEAD /no-head", "HEAD /ok"], server.Requests.Order());
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_reported()
    {
        using var server = new LocalHttpServer(Handle);
        var checker = new ExternalLinkChecker(_client, timeout: TimeSpan.FromSeconds(1));

        var results = await checker.CheckAsync([server.Url("/slow")]);

        Assert.Equal("no answer within 1 s", results[server.Url("/slow")]);
        // A busy machine may record the request late; once HEAD is in, a GET would be too: a timeout is not retried.
        Assert.True(SpinWait.SpinUntil(() => server.Requests.Count > 0, TimeSpan.FromSeconds(10)));
        Assert.Equal(["HEAD /slow"], server.Requests);
    }

    [Fact]
    public async Task No_more_than_the_limit_are_requested_at_once_and_each_url_once()
    {
        using var server = new LocalHttpServer(Handle);
        var urls = Enumerable.Range(0, 8).Select(i => server.Url($"/count/{i}")).ToList();

        var results = await new ExternalLinkChecker(_client, maxConcurrency: 2).CheckAsync(urls.Concat(urls));

        Assert.Equal(8, results.Count);
        Assert.All(results.Values, Assert.Null);
        Assert.Equal(8, server.Requests.Count);
        Assert.InRange(_mostInFlight, 1, 2);
    }

    [Fact]
    public async Task A_closed_port_is_reported()
    {
        string url;
        using (var server = new LocalHttpServer(Handle)) url = server.Url("/ok");

        var results = await new ExternalLinkChecker(_client).CheckAsync([url]);

        Assert.NotNull(results[url]);
    }

    public void Dispose()
    {
        _release.TrySetResult();
        _client.Dispose();
    }
}
