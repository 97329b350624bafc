using System.Globalization;
using System.Net.Http.Headers;
using SalesForDevs.Configuration;

namespace SalesForDevs.Notifying;

/// <summary>
/// POSTs each announcement as JSON (<see cref="WebhookPayload"/>) to <c>notify.webhook.url</c>, signed with
/// <see cref="WebhookSignature"/> when a secret is configured. Server errors, time-outs and failed connections are
/// retried per <see cref="RetryPolicy"/>; any other answer that is not 2xx is final.
/// </summary>
internal sealed class WebhookSender : IAnnouncementChannel, IDisposable
{
    public const string EventHeader = "X-SFD-Event";

    /// <summary>The post's <see cref="Announcement.DeliveryId"/>: the same on a retry, so a hook can drop repeats.</summary>
    public const string DeliveryHeader = "X-SFD-Delivery";

    private readonly Uri _url;
    private readonly string? _secret;
    private readonly RetryPolicy _retry;
    private readonly HttpClient _client;

    public WebhookSender(WebhookConfig config, string? secret, RetryPolicy retry)
    {
        _url = new Uri(config.Url);
        _secret = secret;
        _retry = retry;
        // Redirects are not followed: HttpClient would turn the POST into a GET and drop the body.
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = retry.Timeout })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("SalesForDevs", typeof(WebhookSender).Assembly.GetName().Version?.ToString(3) ?? "0"));
    }

    public string Name => "webhook";

    /// <summary>Scheme, host and port only: webhook paths often carry a token.</summary>
    public string Target => Redact(_url);

    public static string Redact(Uri url) => $"{url.Scheme}://{url.Authority}" + (url.PathAndQuery.Length > 1 ? "/…" : "/");

    public async Task SendAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var body = WebhookPayload.Serialize(announcement);
        var signature = _secret is null ? null : WebhookSignature.Compute(_secret, body);
        var failure = "";
        for (var attempt = 1; attempt <= _retry.Attempts; attempt++)
        {
            if (attempt > 1) await _retry.Sleep(_retry.DelayAfter(attempt - 1), cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(EventHeader, WebhookPayload.Event);
            request.Headers.Add(DeliveryHeader, announcement.DeliveryId);
            if (signature is not null) request.Headers.Add(WebhookSignature.Header, signature);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_retry.Timeout);
            try
            {
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var code = (int)response.StatusCode;
                if (code is >= 200 and < 300) return;
                var answer = $"it answered {code} {response.ReasonPhrase}{await Excerpt(response, timeout.Token)}";
                if (code < 500)
                {
                    var hint = code is >= 300 and < 400
                        ? $"; it redirects{(response.Headers.Location is { } to ? " to " + Redact(new Uri(_url, to)) : "")}, so put the final address in notify.webhook.url"
                        : code is 401 or 403 ? "; check that the secret in the environment variable is the one the hook expects" : "";
                    throw new NotifyException($"webhook {Target} refused the post: {answer}{hint} (not retried)");
                }
                failure = answer;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {_retry.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
            }
            catch (HttpRequestException ex)
            {
                failure = $"it could not be reached ({ex.HttpRequestError}: {ex.Message})";
            }
        }
        throw new NotifyException($"webhook {Target} failed {_retry.Attempts} {(_retry.Attempts == 1 ? "try" : "tries")}; the last: {failure}");
    }

    /// <summary>The start of an error answer, on one line: hooks often say there what they disliked.</summary>
    private static async Task<string> Excerpt(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0) return "";
            return ": " + (text.Length > 200 ? text[..200] + "…" : text);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            return "";
        }
    }

    public void Dispose() => _client.Dispose();
}
