using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SalesForDevs.Configuration;

namespace SalesForDevs.Notifying;

/// <summary>
/// Sends each announcement as one email to <c>notify.smtp.to</c> (the list's address) through the configured SMTP
/// server: a multipart/alternative message with the plain-text part first and the theme's HTML part second.
/// </summary>
/// <remarks>
/// Credentials never travel in clear: with <c>security: auto</c> and a user set, the connection must become TLS
/// (on connect for port 465, else by STARTTLS) before logging in, and a server that offers no STARTTLS is an error.
/// Only an explicit <c>security: none</c> (a local relay) logs in without TLS.
/// </remarks>
internal sealed class SmtpSender(SmtpConfig config, string? user, string? password, TimeSpan timeout, DateTimeOffset now,
    System.Net.Security.RemoteCertificateValidationCallback? certificateCheck = null) : IAnnouncementChannel
{
    public string Name => "email";

    public string Target => $"{config.To} through {config.Host}:{config.Port.ToString(CultureInfo.InvariantCulture)}";

    public async Task SendAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var message = Message(announcement);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        if (certificateCheck is not null) client.ServerCertificateValidationCallback = certificateCheck;
        try
        {
            await client.ConnectAsync(config.Host, config.Port, Security(), cancellationToken);
            if (user is not null)
            {
                if (!client.IsSecure && config.Security != "none") throw new NotSupportedException("the connection is not encrypted");
                await client.AuthenticateAsync(user, password ?? "", cancellationToken);
            }
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var hint = ex switch
            {
                AuthenticationException => "; check the user and password in the environment variables notify.smtp names",
                SslHandshakeException => "; check notify.smtp.security and port (ssl is usually port 465, starttls 587)",
                NotSupportedException when user is not null =>
                    $"; the server offers no STARTTLS, so the login would travel in clear, and sfd does not send it: use the provider's TLS port (security: ssl, port 465, or starttls, port 587), or set security: none only for a local relay on this machine",
                _ => "",
            };
            throw new NotifyException($"email to {Target} failed: {Describe(ex)}{hint}");
        }
    }

    public MimeMessage Message(Announcement a)
    {
        var from = MailboxAddress.Parse(config.From);
        if (string.IsNullOrWhiteSpace(from.Name)) from.Name = a.SiteTitle;
        var message = new MimeMessage
        {
            Subject = a.Title,
            Date = now,
            // The same post always gets the same Message-Id, so a list or inbox that sees it twice can tell.
            MessageId = $"{a.DeliveryId}@{Domain(from.Address)}",
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(config.To));
        message.Body = new BodyBuilder { TextBody = a.EmailText, HtmlBody = a.EmailHtml }.ToMessageBody();
        return message;
    }

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];

    private SecureSocketOptions Security() => config.Security switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        // auto: TLS from the start on 465; elsewhere STARTTLS, which must succeed before a login and is taken when offered otherwise.
        _ => config.Port == 465 ? SecureSocketOptions.SslOnConnect : user is not null ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable,
    };

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException c => $"the server answered {(int)c.StatusCode}: {c.Message}",
        OperationCanceledException or TimeoutException => "no answer in time",
        _ => ex.Message,
    };
}
