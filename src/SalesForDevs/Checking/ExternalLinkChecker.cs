using System.Net;
using System.Reflection;

namespace SalesForDevs.Checking;

/// <summary>
/// Requests external links, a few at a time, each with a time limit: HEAD first, then GET for servers that
/// refuse or mishandle HEAD. A URL counts as working when the server ends with a success status after redirects;
/// 429 (too many requests) also counts, because the server is there and only asks us to slow down.
/// </summary>
internal sealed class ExternalLinkChecker(HttpClient client, int maxConcurrency = 4, TimeSpan? timeout = null)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly TimeSpan _timeout = timeout ?? DefaultTimeout;

    /// <summary>A client that follows redirects and names itself, as some servers refuse requests without a User-Agent.</summary>
    public static HttpClient CreateClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var version = typeof(ExternalLinkChecker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"sfd-check/{version}");
        return client;
    }

    /// <summary>Checks each distinct URL once; the result maps every URL to why it failed, or null when it works.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> CheckAsync(IEnumerable<string> urls, CancellationToken cancellation = default)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, maxConcurrency));
        var distinct = urls.Distinct(StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(distinct.Select(async url =>
        {
            await gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                return (url, await CheckOneAsync(url, cancellation).ConfigureAwait(false));
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return results.ToDictionary(r => r.url, r => r.Item2, StringComparer.Ordinal);
    }

    private async Task<string?> CheckOneAsync(string url, CancellationToken cancellation)
    {
        var head = await RequestAsync(HttpMethod.Head, url, cancellation).ConfigureAwait(false);
        if (head.Works || head.TimedOut) return head.Problem;
        var get = await RequestAsync(HttpMethod.Get, url, cancellation).ConfigureAwait(false);
        return get.Problem;
    }

    private async Task<(bool Works, bool TimedOut, string? Problem)> RequestAsync(HttpMethod method, string url, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            // Only the status matters: stop after the headers instead of downloading the page.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            var works = response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.TooManyRequests;
            return (works, false, works ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (false, true, $"no answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return (false, false, ex.Message);
        }
    }
}
