using System.Diagnostics;
using System.Text.Json;
using SalesForDevs.Notifying;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Notifying;

/// <summary>
/// sfd notify sends each post once per channel (issue 11, fault 6): one run at a time, each channel recorded the
/// moment it took a post, and a stable delivery id on every webhook and email so a repeat after a crash is recognisable.
/// </summary>
public sealed class NotifyExactlyOnceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly RecordingHttpServer _hook = new();
    private readonly RecordingSmtpServer _smtp = new();
    private readonly TempSite _site;

    public NotifyExactlyOnceTests()
    {
        var posts = string.Concat(Enumerable.Range(1, 40).Select(i => $"""
            -- content/posts/2026-0{1 + i / 28}-{1 + i % 28:00}-post-{i}.md --
            ---
            title: Post {i}
            ---
            Body {i}.

            """));
        _site = new TempSite($"""
            -- site.yml --
            title: Test Blog
            base_url: https://example.github.io/blog/
            notify:
              webhook: {"{"} url: "{_hook.Url()}" {"}"}
              smtp: {"{"} host: 127.0.0.1, port: {_smtp.Port}, security: none, from: news@example.com, to: list@example.com {"}"}

            """ + posts);
    }

    public void Dispose()
    {
        _site.Dispose();
        _hook.Dispose();
        _smtp.Dispose();
    }

    private string StatePath => Path.Combine(_site.Root, ".sfd", "notified.json");

    private NotifyResult Run(bool all = true) =>
        Notifier.RunAsync(_site.Root, new NotifyOptions
        {
            Now = Now,
            Environment = _ => null,
            All = all,
            Retry = new RetryPolicy(1, [], TimeSpan.FromSeconds(30)),
            SmtpTimeout = TimeSpan.FromSeconds(30),
        }).GetAwaiter().GetResult();

    [Fact]
    public void Each_channel_is_recorded_the_moment_it_takes_a_post()
    {
        var seen = new List<string>();
        _smtp.OnMessage = message =>
        {
            // The webhook went first; by the time the email arrives the state must already say so.
            using var state = JsonDocument.Parse(File.ReadAllBytes(StatePath));
            var entry = state.RootElement.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("title").GetString() == message.Subject);
            string Names(string key) => string.Join(",", entry.GetProperty(key).EnumerateArray().Select(e => e.GetString()));
            seen.Add($"{message.Subject}: sent {Names("sent")}, pending {Names("pending")}");
        };
        Assert.True(Run().Succeeded);

        Assert.Equal(40, seen.Count);
        Assert.All(seen, s => Assert.EndsWith(": sent webhook, pending email", s));
    }

    [Fact]
    public void A_second_run_while_another_holds_the_lock_sends_nothing_and_says_why()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StatePath)!);
        using (var held = NotifyLock.TryTake(StatePath, ".sfd/notified.json", out _))
        {
            Assert.NotNull(held);
            var result = CliInvocation.Run(_site.Root, "notify", "--all");
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(".sfd/notified.json: error: another sfd notify is running for this site (it holds .sfd/notified.json.lock); wait for it to finish, then run sfd notify again to send what it did not\n",
                result.Error);
        }
        Assert.Empty(_hook.Requests);
        Assert.Empty(_smtp.Messages);
        Assert.False(File.Exists(StatePath));
        // Released with the handle: the next run goes ahead.
        Assert.True(Run().Succeeded);
        Assert.Equal(40, _hook.Requests.Count);
    }

    [Fact]
    public void Every_webhook_and_email_carries_the_posts_stable_delivery_id()
    {
        Assert.True(Run().Succeeded);
        File.Delete(StatePath);
        Assert.True(Run().Succeeded);

        var hookIds = _hook.Requests.Select(r => r.Headers["X-SFD-Delivery"]).ToList();
        var mailIds = _smtp.Messages.Select(m => m.Message.MessageId!.Split('@')[0]).ToList();
        Assert.Equal(80, hookIds.Count);
        Assert.Equal(40, hookIds.Distinct().Count());
        Assert.Equal(hookIds[..40], hookIds[40..]);
        Assert.Equal(hookIds, mailIds);
        Assert.All(hookIds, id => Assert.Matches("^[0-9a-f]{32}$", id));
    }

    [Fact]
    public void A_state_file_with_a_byte_order_mark_is_read()
    {
        Assert.True(Run(all: false).Succeeded);
        File.WriteAllBytes(StatePath, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(StatePath)]);
        var result = Run();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(_hook.Requests);
    }

    [Fact]
    public void A_state_path_that_is_a_folder_is_an_error_not_a_crash()
    {
        Directory.CreateDirectory(StatePath);
        var result = CliInvocation.Run(_site.Root, "notify");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(".sfd/notified.json: error: the notify state path .sfd/notified.json is a folder; notify.state in site.yml must name a file (the default is .sfd/notified.json)\n", result.Error);
        Assert.Empty(_hook.Requests);
    }

    /// <summary>
    /// Kills a real sfd notify process 20 times at moments spread over a 40-post run, then lets one finish. Every
    /// post reaches each channel; a post reaches a channel twice only where a kill fell between sending and
    /// recording, and then with the same delivery id.
    /// </summary>
    [Fact]
    public void Kill_9_at_20_moments_never_loses_a_post_and_repeats_only_with_the_same_delivery_id()
    {
        var random = new Random(20261127);
        for (var kill = 0; kill < 20; kill++)
        {
            var before = Deliveries();
            using var process = StartNotify();
            var target = before + 1 + random.Next(3);
            var watch = Stopwatch.StartNew();
            while (Deliveries() < target && !process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(1);
            if (random.Next(2) == 0) Thread.Sleep(random.Next(15));
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        using (var last = StartNotify())
        {
            Assert.True(last.WaitForExit(TimeSpan.FromSeconds(120)), "the last run did not finish");
            Assert.True(last.ExitCode == 0, last.StandardError.ReadToEnd());
        }

        var hooks = _hook.Requests.Select(r => (Post: JsonDocument.Parse(r.Body).RootElement.GetProperty("title").GetString()!, Id: r.Headers["X-SFD-Delivery"])).ToList();
        var mails = _smtp.Messages.Select(m => (Post: m.Message.Subject!, Id: m.Message.MessageId!.Split('@')[0])).ToList();
        foreach (var (channel, deliveries) in new[] { ("webhook", hooks), ("email", mails) })
        {
            var byPost = deliveries.GroupBy(d => d.Post).ToDictionary(g => g.Key, g => g.ToList());
            Assert.Equal(Enumerable.Range(1, 40).Select(i => $"Post {i}").Order(), byPost.Keys.Order());
            foreach (var (post, list) in byPost)
                Assert.True(list.Select(d => d.Id).Distinct().Count() == 1, $"{post} reached the {channel} with different delivery ids");
            // Each repeat needs a kill between sending and recording.
            Assert.True(deliveries.Count - 40 <= 20, $"{deliveries.Count - 40} repeats by {channel} after 20 kills");
        }
    }

    private int Deliveries() => _hook.Requests.Count + _smtp.Messages.Count;

    private Process StartNotify()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sfd.dll"), "notify", "--all", "--quiet", "--source", _site.Root })
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
