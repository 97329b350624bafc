using SalesForDevs.Configuration;
using SalesForDevs.Notifying;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Notifying;

public sealed class WebhookSenderTests
{
    private static readonly Announcement Post = new("tag:x,2026-01-05:/a", "A", "https://x.example/a/", "S", new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero),
        ["t"], null, "<p>A</p>", "A\n")
    {
        SourcePath = "content/posts/a.md",
        SiteTitle = "X",
        SiteUrl = "https://x.example/",
    };

    private static (WebhookSender Sender, List<TimeSpan> Sleeps) Sender(string url, string? secret = "s", TimeSpan? timeout = null)
    {
        var sleeps = new List<TimeSpan>();
        var retry = new RetryPolicy(3, [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8)], timeout ?? TimeSpan.FromSeconds(5))
        {
            Sleep = (delay, _) => { sleeps.Add(delay); return Task.CompletedTask; },
        };
        return (new WebhookSender(new WebhookConfig(url, "ENV"), secret, retry), sleeps);
    }

    [Fact]
    public async Task Retries_server_errors_with_back_off_until_one_succeeds()
    {
        using var server = new RecordingHttpServer(new(500), new(503));
        var (sender, sleeps) = Sender(server.Url());
        using (sender) await sender.SendAsync(Post, CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8)], sleeps);
        Assert.All(server.Requests, r => Assert.Equal(server.Requests[0].Body, r.Body));
    }

    [Fact]
    public async Task Gives_up_after_three_server_errors()
    {
        using var server = new RecordingHttpServer(new(500), new(500), new(500), new(200));
        var (sender, _) = Sender(server.Url());
        using (sender)
        {
            var error = await Assert.ThrowsAsync<NotifyException>(() => sender.SendAsync(Post, CancellationToken.None));
            Assert.Equal($"webhook http://127.0.0.1:{server.Port}/… failed 3 tries; the last: it answered 500 Internal Server Error", error.Message);
        }
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_final()
    {
        using var server = new RecordingHttpServer(new RecordingHttpServer.Reply(404));
        var (sender, sleeps) = Sender(server.Url());
        using (sender) await Assert.ThrowsAsync<NotifyException>(() => sender.SendAsync(Post, CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Empty(sleeps);
    }

    [Fact]
    public async Task A_reply_slower_than_the_timeout_is_retried()
    {
        using var server = new RecordingHttpServer(new RecordingHttpServer.Reply(200, Delay: TimeSpan.FromSeconds(30)));
        var (sender, sleeps) = Sender(server.Url(), timeout: TimeSpan.FromSeconds(1));
        using (sender) await sender.SendAsync(Post, CancellationToken.None);

        // The first try gets no answer in time; a later one succeeds (more than one only on a very busy machine).
        Assert.InRange(server.Requests.Count, 2, 3);
        Assert.Equal(server.Requests.Count - 1, sleeps.Count);
    }

    [Fact]
    public async Task Redirects_are_not_followed()
    {
        using var server = new RecordingHttpServer(new RecordingHttpServer.Reply(301));
        var (sender, _) = Sender(server.Url());
        using (sender)
        {
            var error = await Assert.ThrowsAsync<NotifyException>(() => sender.SendAsync(Post, CancellationToken.None));
            Assert.Contains("it answered 301", error.Message);
        }
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Without_a_secret_there_is_no_signature_header()
    {
        using var server = new RecordingHttpServer();
        var (sender, _) = Sender(server.Url(), secret: null);
        using (sender) await sender.SendAsync(Post, CancellationToken.None);

        Assert.False(Assert.Single(server.Requests).Headers.ContainsKey(WebhookSignature.Header));
    }

    [Fact]
    public void Target_hides_the_path_which_may_hold_a_token()
    {
        var (sender, _) = Sender("https://user:pw@hooks.example.com/services/T000/B000/XXXX?token=abc");
        using (sender) Assert.Equal("https://hooks.example.com/…", sender.Target);
    }

    [Fact]
    public void Signature_is_the_hex_hmac_sha256_of_the_body()
    {
        // HMAC-SHA256 test case 2 of RFC 4231: key "Jefe", data "what do ya want for nothing?".
        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            WebhookSignature.Compute("Jefe", "what do ya want for nothing?"u8));
    }

    [Fact]
    public void Payload_bytes_are_the_same_for_the_same_post()
    {
        Assert.Equal(WebhookPayload.Serialize(Post), WebhookPayload.Serialize(Post with { }));
        Assert.StartsWith("{\"event\":\"post.published\",\"id\":\"tag:x,2026-01-05:/a\",\"title\":\"A\"", System.Text.Encoding.UTF8.GetString(WebhookPayload.Serialize(Post)));
    }
}
