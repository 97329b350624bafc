using System.Text.Json;
using AngleSharp.Html.Parser;
using MimeKit;
using SalesForDevs.Notifying;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Notifying;

/// <summary>sfd notify end to end, against a real HTTP server and a real SMTP server on 127.0.0.1.</summary>
public sealed class NotifierTests : IDisposable
{
    private const string WebhookSecret = "whsec-7f3a9c1e-never-print-me";
    private const string SmtpUser = "mailer-user-42";
    private const string SmtpPassword = "smtp-pass-b81d-never-print-me";
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly RecordingHttpServer _hook = new();
    private readonly RecordingSmtpServer _smtp = new(SmtpUser, SmtpPassword);
    private readonly TempSite _site;
    private readonly StringWriter _log = new();
    private readonly List<TimeSpan> _sleeps = [];

    public NotifierTests()
    {
        _site = new TempSite($"""
            -- site.yml --
            title: Test Blog
            base_url: https://example.github.io/blog/
            series:
              s4d:
                title: Sales for Devs
                sections: [strategy, tactics]
            notify:
              webhook: {"{"} url: "{_hook.Url()}", secret_env: TEST_HOOK_SECRET {"}"}
              smtp: {"{"} host: 127.0.0.1, port: {_smtp.Port}, security: none, from: news@example.com, to: "Readers <list@example.com>", user_env: TEST_SMTP_USER, password_env: TEST_SMTP_PASSWORD {"}"}
            -- content/pages/subscribe.md --
            ---
            title: Subscribe
            ---
            Ways.
            -- content/posts/2026-01-05-first.md --
            ---
            title: First post
            tags: [career]
            series: s4d
            section: strategy
            ---
            The first paragraph.
            -- content/posts/2026-01-12-second.md --
            ---
            title: Second post
            summary: The second one.
            ---
            Second body.
            -- content/posts/2026-12-01-future.md --
            ---
            title: Not out yet
            ---
            Later.
            -- content/posts/2026-01-20-draft.md --
            ---
            title: A draft
            draft: true
            ---
            Unfinished.
            """);
    }

    public void Dispose()
    {
        _site.Dispose();
        _hook.Dispose();
        _smtp.Dispose();
    }

    private string StatePath => Path.Combine(_site.Root, ".sfd", "notified.json");

    private static string? Env(string name) => name switch
    {
        "TEST_HOOK_SECRET" => WebhookSecret,
        "TEST_SMTP_USER" => SmtpUser,
        "TEST_SMTP_PASSWORD" => SmtpPassword,
        _ => null,
    };

    private NotifyResult Run(bool dryRun = false, bool all = false, Func<string, string?>? env = null)
    {
        var options = new NotifyOptions
        {
            Now = Now,
            Environment = env ?? Env,
            DryRun = dryRun,
            All = all,
            Log = _log,
            // A generous time limit per request: under a loaded test run a slow answer must not pass for a failure.
            Retry = new RetryPolicy(3, [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)], TimeSpan.FromSeconds(30))
            {
                Sleep = (delay, _) => { lock (_sleeps) _sleeps.Add(delay); return Task.CompletedTask; },
            },
            SmtpTimeout = TimeSpan.FromSeconds(10),
        };
        var result = Notifier.RunAsync(_site.Root, options).GetAwaiter().GetResult();
        foreach (var d in result.Diagnostics) _log.WriteLine(d.ToString());
        return result;
    }

    private void AddPost(string file, string title) => _site.Write($"content/posts/{file}", $"---\ntitle: {title}\n---\nBody of {title}, with [a link](2026-01-05-first.md) and ![a chart](/img/chart.png).\n");

    private List<(string Id, string Title, string[] Sent, string[] Pending)> State()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(StatePath));
        return document.RootElement.GetProperty("posts").EnumerateArray().Select(p => (
            p.GetProperty("id").GetString()!,
            p.GetProperty("title").GetString()!,
            p.GetProperty("sent").EnumerateArray().Select(x => x.GetString()!).ToArray(),
            p.TryGetProperty("pending", out var pending) ? pending.EnumerateArray().Select(x => x.GetString()!).ToArray() : [])).ToList();
    }

    [Fact]
    public void First_run_records_every_published_post_without_sending()
    {
        var result = Run();

        Assert.True(result.Succeeded, _log.ToString());
        Assert.Equal(2, result.Recorded);
        Assert.Empty(_hook.Requests);
        Assert.Empty(_smtp.Messages);
        var state = State();
        Assert.Equal(["First post", "Second post"], state.Select(p => p.Title));
        Assert.All(state, p => Assert.Empty(p.Sent));
        Assert.Equal("tag:example.github.io,2026-01-05:/blog/first", state[0].Id);
        Assert.Contains("First run: there was no .sfd/notified.json, so the 2 published posts were recorded as announced without sending anything.", _log.ToString());
    }

    [Fact]
    public void First_run_with_all_announces_every_published_post_oldest_first()
    {
        var result = Run(all: true);

        Assert.True(result.Succeeded, _log.ToString());
        Assert.Equal(2, result.Announced);
        Assert.Equal(["First post", "Second post"], _hook.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("title").GetString()));
        Assert.Equal(["First post", "Second post"], _smtp.Messages.Select(m => m.Message.Subject));
        Assert.All(State(), p => Assert.Equal(["webhook", "email"], p.Sent));
    }

    [Fact]
    public void New_post_is_announced_once_and_a_second_run_sends_nothing()
    {
        Run();
        AddPost("2026-02-02-third.md", "Third post");

        var first = Run();
        var second = Run();

        Assert.True(first.Succeeded && second.Succeeded, _log.ToString());
        Assert.Equal(1, first.Announced);
        Assert.Equal(0, second.Announced);
        Assert.Single(_hook.Requests);
        Assert.Single(_smtp.Messages);
        Assert.Equal(["webhook", "email"], State().Single(p => p.Title == "Third post").Sent);
        Assert.Contains("Nothing to announce: all 3 published posts are in .sfd/notified.json.", _log.ToString());
    }

    [Fact]
    public void Webhook_receives_the_post_as_json_signed_with_the_secret()
    {
        Run(all: true);

        var request = _hook.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hook", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("post.published", request.Headers["X-SFD-Event"]);
        Assert.Equal(WebhookSignature.Compute(WebhookSecret, request.Body), request.Headers["X-SFD-Signature"]);
        Assert.Matches("^sha256=[0-9a-f]{64}$", request.Headers["X-SFD-Signature"]);
        Assert.True(WebhookSignature.Verify(WebhookSecret, request.Body, request.Headers["X-SFD-Signature"]));
        Assert.False(WebhookSignature.Verify("another secret", request.Body, request.Headers["X-SFD-Signature"]));

        var json = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("tag:example.github.io,2026-01-05:/blog/first", json.GetProperty("id").GetString());
        Assert.Equal("First post", json.GetProperty("title").GetString());
        Assert.Equal("https://example.github.io/blog/2026/01/first/", json.GetProperty("url").GetString());
        Assert.Equal("The first paragraph.", json.GetProperty("summary").GetString());
        Assert.Equal("2026-01-05T00:00:00+00:00", json.GetProperty("date").GetString());
        Assert.Equal(["career"], json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("s4d", json.GetProperty("series").GetProperty("key").GetString());
        Assert.Equal("strategy", json.GetProperty("series").GetProperty("section").GetString());
        Assert.Equal(1, json.GetProperty("series").GetProperty("part").GetInt32());
        Assert.Equal("<p>The first paragraph.</p>", json.GetProperty("html").GetString()!.Trim());
        Assert.Equal("The first paragraph.\n", json.GetProperty("text").GetString());
        Assert.Equal("https://example.github.io/blog/", json.GetProperty("site").GetProperty("url").GetString());

        var second = JsonDocument.Parse(_hook.Requests[1].Body).RootElement;
        Assert.Equal(JsonValueKind.Null, second.GetProperty("series").ValueKind);
        Assert.Equal("The second one.", second.GetProperty("summary").GetString());
    }

    [Fact]
    public void Email_has_a_text_part_and_a_themed_html_part_with_absolute_links()
    {
        Run();
        AddPost("2026-02-02-third.md", "Third post");
        Run();

        var received = Assert.Single(_smtp.Messages);
        Assert.Equal(["list@example.com"], received.To);
        var message = received.Message;
        Assert.Equal("Third post", message.Subject);
        Assert.Equal("Test Blog", message.From.Mailboxes.Single().Name);
        Assert.Equal("news@example.com", message.From.Mailboxes.Single().Address);
        Assert.Equal("list@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal(Now, message.Date);
        Assert.Equal([(SmtpUser, SmtpPassword)], _smtp.Logins);

        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));

        var text = message.TextBody;
        Assert.StartsWith("Third post\nFebruary 2, 2026\n\nBody of Third post, with a link (https://example.github.io/blog/2026/01/first/) and [a chart].", text!.Replace("\r\n", "\n"));
        Assert.Contains("Read it on the site: https://example.github.io/blog/2026/02/third/", text);

        var html = new HtmlParser().ParseDocument(message.HtmlBody!);
        Assert.Equal("Third post", html.QuerySelector("h1")!.TextContent.Trim());
        var links = html.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("https://example.github.io/blog/", href));
        Assert.Contains("https://example.github.io/blog/2026/01/first/", links);
        Assert.Contains("https://example.github.io/blog/subscribe/", links);
        var image = html.QuerySelector("img")!;
        Assert.Equal("https://example.github.io/blog/img/chart.png", image.GetAttribute("src"));
        Assert.Contains("max-width:100%", image.GetAttribute("style"));
        Assert.NotNull(html.QuerySelector("body")!.GetAttribute("style"));
    }

    [Fact]
    public void A_failure_half_way_keeps_what_was_sent_and_the_next_run_sends_only_the_rest()
    {
        Run();
        AddPost("2026-02-02-third.md", "Third post");
        AddPost("2026-02-09-fourth.md", "Fourth post");
        _hook.Enqueue(new(200), new(500), new(502), new(503));

        var failed = Run();

        Assert.False(failed.Succeeded);
        Assert.Equal(1, failed.Announced);
        Assert.Equal(4, _hook.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)], _sleeps);
        Assert.Equal(["Third post"], _smtp.Messages.Select(m => m.Message.Subject));
        Assert.Contains(State(), p => p.Title == "Third post");
        Assert.DoesNotContain(State(), p => p.Title == "Fourth post");
        var error = Assert.Single(failed.Diagnostics, d => d.IsError).ToString();
        Assert.StartsWith("content/posts/2026-02-09-fourth.md: error: \"Fourth post\" was not announced: webhook http://127.0.0.1:", error);
        Assert.Contains("failed 3 tries; the last: it answered 503", error);

        var retried = Run();

        Assert.True(retried.Succeeded, _log.ToString());
        Assert.Equal(1, retried.Announced);
        Assert.Equal("Fourth post", JsonDocument.Parse(_hook.Requests[^1].Body).RootElement.GetProperty("title").GetString());
        Assert.Equal(5, _hook.Requests.Count);
        Assert.Equal(["Third post", "Fourth post"], _smtp.Messages.Select(m => m.Message.Subject));
    }

    [Fact]
    public void When_email_fails_after_the_webhook_took_the_post_the_next_run_only_emails_it()
    {
        Run();
        AddPost("2026-02-02-third.md", "Third post");
        var config = File.ReadAllText(Path.Combine(_site.Root, "site.yml"));
        _site.Write("site.yml", config.Replace($"port: {_smtp.Port}", $"port: {ClosedPort()}"));

        var failed = Run();

        Assert.False(failed.Succeeded);
        Assert.Single(_hook.Requests);
        var entry = State().Single(p => p.Title == "Third post");
        Assert.Equal(["webhook"], entry.Sent);
        Assert.Equal(["email"], entry.Pending);
        Assert.Contains("the webhook already had it, so the next run sends it only by email", Assert.Single(failed.Diagnostics, d => d.IsError).Message);

        _site.Write("site.yml", config);
        var retried = Run();

        Assert.True(retried.Succeeded, _log.ToString());
        Assert.Single(_hook.Requests);
        Assert.Equal("Third post", Assert.Single(_smtp.Messages).Message.Subject);
        entry = State().Single(p => p.Title == "Third post");
        Assert.Equal(["webhook", "email"], entry.Sent);
        Assert.Empty(entry.Pending);
    }

    [Fact]
    public void Dry_run_prints_what_would_be_sent_and_changes_nothing()
    {
        var firstDry = Run(dryRun: true);
        Assert.True(firstDry.Succeeded);
        Assert.False(File.Exists(StatePath));
        Assert.Contains("would record the 2 published posts as announced without sending anything", _log.ToString());

        Run();
        AddPost("2026-02-02-third.md", "Third post");
        var before = File.ReadAllBytes(StatePath);

        var result = Run(dryRun: true);

        Assert.True(result.Succeeded, _log.ToString());
        Assert.Equal(before, File.ReadAllBytes(StatePath));
        Assert.Empty(_hook.Requests);
        Assert.Empty(_smtp.Messages);
        Assert.Contains($"Would announce \"Third post\" (https://example.github.io/blog/2026/02/third/) by webhook to http://127.0.0.1:{_hook.Port}/… and by email to Readers <list@example.com> through 127.0.0.1:{_smtp.Port}.", _log.ToString());
        Assert.Contains("Dry run: nothing was sent and .sfd/notified.json was not changed (1 post to announce).", _log.ToString());
    }

    [Fact]
    public void Malformed_state_file_is_an_error_with_its_position_and_is_left_as_it_was()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StatePath)!);
        File.WriteAllText(StatePath, "{\n  \"version\": 1,\n  \"posts\": [ { \"id\": \"x\" }, ]\n}\n");
        var before = File.ReadAllBytes(StatePath);

        var result = Run();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError).ToString();
        Assert.StartsWith(".sfd/notified.json:3:", error);
        Assert.Contains("error: the notify state file is not valid JSON", error);
        Assert.Contains("delete it", error);
        Assert.Equal(before, File.ReadAllBytes(StatePath));
        Assert.Empty(_hook.Requests);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public void Unreachable_webhook_is_a_clear_error_and_leaves_the_state_as_it_was()
    {
        Run();
        var config = File.ReadAllText(Path.Combine(_site.Root, "site.yml"));
        _site.Write("site.yml", config.Replace(_hook.Url(), $"http://127.0.0.1:{ClosedPort()}/hook"));
        AddPost("2026-02-02-third.md", "Third post");
        var before = File.ReadAllBytes(StatePath);

        var result = Run();

        Assert.False(result.Succeeded);
        Assert.Contains("failed 3 tries; the last: it could not be reached", Assert.Single(result.Diagnostics, d => d.IsError).Message);
        Assert.Equal(before, File.ReadAllBytes(StatePath));
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public void A_4xx_answer_is_not_retried()
    {
        Run();
        AddPost("2026-02-02-third.md", "Third post");
        _hook.Enqueue(new RecordingHttpServer.Reply(400, Body: "missing field"));

        var result = Run();

        Assert.False(result.Succeeded);
        Assert.Single(_hook.Requests);
        Assert.Empty(_sleeps);
        Assert.Contains("refused the post: it answered 400 Bad Request: missing field (not retried)", Assert.Single(result.Diagnostics, d => d.IsError).Message);
        Assert.DoesNotContain(State(), p => p.Title == "Third post");
    }

    [Fact]
    public void Missing_secret_is_an_error_naming_the_variable_and_nothing_is_sent()
    {
        Run();
        AddPost("2026-02-02-third.md", "Third post");

        var result = Run(env: name => name == "TEST_HOOK_SECRET" ? null : Env(name));

        Assert.False(result.Succeeded);
        Assert.Equal("site.yml: error: the environment variable TEST_HOOK_SECRET (named by `notify.webhook.secret_env` in site.yml) is not set; set it to the secret shared with the webhook",
            Assert.Single(result.Diagnostics, d => d.IsError).ToString());
        Assert.Empty(_hook.Requests);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public void Secrets_are_never_printed()
    {
        Run(dryRun: true);
        Run();
        AddPost("2026-02-02-third.md", "Third post");
        Run(dryRun: true);
        _hook.Enqueue(new RecordingHttpServer.Reply(401, Body: "bad signature"));
        Run();
        Run(env: name => name == "TEST_SMTP_PASSWORD" ? "wrong-password-never-print" : Env(name));
        Run();

        var output = _log.ToString();
        Assert.Contains("Announced \"Third post\"", output);
        Assert.Contains("check that the secret", output);
        Assert.Contains("check the user and password", output);
        Assert.DoesNotContain(WebhookSecret, output);
        Assert.DoesNotContain(SmtpPassword, output);
        Assert.DoesNotContain("wrong-password-never-print", output);
        Assert.DoesNotContain(SmtpUser, output);
    }

    [Fact]
    public void Without_webhook_or_smtp_there_is_nothing_to_notify()
    {
        _site.Write("site.yml", "title: T\nbase_url: https://example.github.io/blog/\nseries: { s4d: { title: S, sections: [strategy, tactics] } }\n");

        var result = Run();

        Assert.False(result.Succeeded);
        Assert.Contains("site.yml has neither `notify.webhook` nor `notify.smtp`", Assert.Single(result.Diagnostics, d => d.IsError).Message);
        Assert.False(File.Exists(StatePath));
    }

    private static int ClosedPort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
