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
internal sealed class SmtpSender(SmtpConfig config, string? user, string? password, TimeSpan timeout, DateTimeOffset now) : IAnnouncementChannel
{
    public string Name => "email";

    public string Target => $"{config.To} through {config.Host}:{config.Port.ToString(CultureInfo.InvariantCulture)}";

    public async Task SendAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var message = Message(announcement);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(config.Host, config.Port, Security(), cancellationToken);
            if (user is not null) await client.AuthenticateAsync(user, password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var hint = ex switch
            {
                AuthenticationException => "; check the user and password in the environment variables notify.smtp names",
                SslHandshakeException => "; check notify.smtp.security and port (ssl is usually port 465, starttls 587)",
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
        _ => SecureSocketOptions.Auto,
    };

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException c => $"the server answered {(int)c.StatusCode}: {c.Message}",
        OperationCanceledException or TimeoutException => "no answer in time",
        _ => ex.Message,
    };
}
