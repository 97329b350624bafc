using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SalesForDevs.Configuration;
using SalesForDevs.Notifying;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Notifying;

/// <summary>
/// The SMTP password never travels in clear (issue 11, fault 5): with the default <c>security: auto</c> a login
/// needs TLS, and only an explicit <c>security: none</c> logs in without it.
/// </summary>
public sealed class SmtpSecurityTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Announcement Post = new("tag:x,2026-01-05:/a", "Make the ask", "https://x.example/a/", "S", Now, [], null, "<p>A</p>", "A\n")
    {
        SourcePath = "content/posts/a.md",
        SiteTitle = "Sales for Devs",
        SiteUrl = "https://x.example/",
        EmailHtml = "<!DOCTYPE html><html><body><p>A</p></body></html>",
        EmailText = "A\n",
    };

    private readonly X509Certificate2 _certificate = SelfSigned();

    public void Dispose() => _certificate.Dispose();

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Reloaded from PKCS#12 so that the server's TLS stream can use the private key on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private SmtpSender Sender(int port, string security, bool trustTestCertificate = false) =>
        new(new SmtpConfig("127.0.0.1", port, "news@x.example", "list@x.example", "U", "P", security), "alice", "s3cret", TimeSpan.FromSeconds(10), Now,
            trustTestCertificate ? (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString() : null);

    [Fact]
    public async Task Auto_refuses_to_log_in_to_a_server_that_offers_no_starttls()
    {
        using var server = new RecordingSmtpServer("alice", "s3cret");
        var error = await Assert.ThrowsAsync<NotifyException>(() => Sender(server.Port, "auto").SendAsync(Post, CancellationToken.None));

        Assert.Contains("the server offers no STARTTLS, so the login would travel in clear, and sfd does not send it", error.Message);
        Assert.Contains("security: none only for a local relay", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.Empty(server.Logins);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Auto_logs_in_after_starttls()
    {
        using var server = new RecordingSmtpServer("alice", "s3cret", _certificate);
        await Sender(server.Port, "auto", trustTestCertificate: true).SendAsync(Post, CancellationToken.None);

        // The server accepts logins only once TLS is up, so this one came encrypted.
        Assert.Equal([("alice", "s3cret")], server.Logins);
        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task A_certificate_that_does_not_check_out_stops_before_the_login()
    {
        using var server = new RecordingSmtpServer("alice", "s3cret", _certificate);
        var error = await Assert.ThrowsAsync<NotifyException>(() => Sender(server.Port, "auto").SendAsync(Post, CancellationToken.None));

        Assert.Contains("check notify.smtp.security and port", error.Message);
        Assert.Empty(server.Logins);
    }

    [Fact]
    public async Task Only_security_none_logs_in_without_tls()
    {
        using var server = new RecordingSmtpServer("alice", "s3cret");
        await Sender(server.Port, "none").SendAsync(Post, CancellationToken.None);
        Assert.Equal([("alice", "s3cret")], server.Logins);
    }

    [Fact]
    public async Task Sfd_notify_with_the_default_security_fails_with_a_message_and_sends_no_password()
    {
        using var server = new RecordingSmtpServer("alice", "s3cret");
        using var site = new TempSite($"""
            -- site.yml --
            title: Test Blog
            base_url: https://example.github.io/blog/
            notify:
              smtp: {"{"} host: 127.0.0.1, port: {server.Port}, from: news@example.com, to: list@example.com, user_env: U, password_env: P {"}"}
            -- content/posts/2026-01-05-first.md --
            ---
            title: First
            ---
            Text.
            """);
        var result = await Notifier.RunAsync(site.Root, new NotifyOptions
        {
            Now = Now,
            All = true,
            Environment = name => name switch { "U" => "alice", "P" => "s3cret", _ => null },
        });

        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/posts/2026-01-05-first.md: error: \"First\" was not announced: email to list@example.com through 127.0.0.1:", error.ToString());
        Assert.Contains("offers no STARTTLS", error.ToString());
        Assert.Empty(server.Logins);
    }
}
