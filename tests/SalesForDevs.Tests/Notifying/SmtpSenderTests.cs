using SalesForDevs.Configuration;
using SalesForDevs.Notifying;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Notifying;

public sealed class SmtpSenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Announcement Post = new("tag:x,2026-01-05:/a", "Make the ask", "https://x.example/a/", "S", Now, [], null, "<p>A</p>", "A\n")
    {
        SourcePath = "content/posts/a.md",
        SiteTitle = "Sales for Devs",
        SiteUrl = "https://x.example/",
        EmailHtml = "<!DOCTYPE html><html><body><p><a href=\"https://x.example/a/\">A</a></p></body></html>",
        EmailText = "A\n\nRead it on the site: https://x.example/a/\n",
    };

    private static SmtpSender Sender(int port, string? user = null, string? password = null) =>
        new(new SmtpConfig("127.0.0.1", port, "news@x.example", "list@x.example", user is null ? null : "U", user is null ? null : "P", "none"),
            user, password, TimeSpan.FromSeconds(10), Now);

    [Fact]
    public async Task Sends_one_message_with_a_text_and_an_html_part()
    {
        using var server = new RecordingSmtpServer();
        await Sender(server.Port).SendAsync(Post, CancellationToken.None);

        var received = Assert.Single(server.Messages);
        Assert.Equal("news@x.example", received.From);
        Assert.Equal(["list@x.example"], received.To);
        var message = received.Message;
        Assert.Equal("Make the ask", message.Subject);
        Assert.Equal("\"Sales for Devs\" <news@x.example>", message.From.ToString());
        Assert.Equal("multipart/alternative", message.Body!.ContentType.MimeType);
        Assert.Equal(Post.EmailText, message.TextBody!.Replace("\r\n", "\n"));
        Assert.Contains("<a href=\"https://x.example/a/\">A</a>", message.HtmlBody!);
        Assert.EndsWith("@x.example", message.MessageId);
        Assert.Empty(server.Logins);
    }

    [Fact]
    public async Task The_same_post_always_has_the_same_message_id()
    {
        var sender = Sender(1);
        Assert.Equal(sender.Message(Post).MessageId, sender.Message(Post with { Title = "Renamed" }).MessageId);
        Assert.NotEqual(sender.Message(Post).MessageId, sender.Message(Post with { Id = "tag:x,2026-01-06:/b" }).MessageId);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Logs_in_with_the_user_and_password_it_was_given()
    {
        using var server = new RecordingSmtpServer("alice", "s3cret");
        await Sender(server.Port, "alice", "s3cret").SendAsync(Post, CancellationToken.None);

        Assert.Equal([("alice", "s3cret")], server.Logins);
        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task A_refused_login_is_an_error_that_does_not_show_the_password()
    {
        using var server = new RecordingSmtpServer("alice", "s3cret");
        var error = await Assert.ThrowsAsync<NotifyException>(() => Sender(server.Port, "alice", "wrong-pass").SendAsync(Post, CancellationToken.None));

        Assert.StartsWith($"email to list@x.example through 127.0.0.1:{server.Port} failed:", error.Message);
        Assert.Contains("check the user and password", error.Message);
        Assert.DoesNotContain("wrong-pass", error.Message);
        Assert.Empty(server.Messages);
    }
}
