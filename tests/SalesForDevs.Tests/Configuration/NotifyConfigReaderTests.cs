using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Configuration;

public sealed class NotifyConfigReaderTests
{
    private static (NotifyConfig? Notify, IReadOnlyList<Diagnostic> Diagnostics) Read(string notify)
    {
        var bag = new DiagnosticBag();
        var yaml = "title: T\nbase_url: https://x.example/\nnotify:\n" + string.Concat(notify.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n"));
        return (SiteConfigLoader.Parse(yaml, bag)?.Notify, bag.Sorted());
    }

    [Fact]
    public void Reads_state_webhook_and_smtp()
    {
        var (notify, diagnostics) = Read("""
            state: var/notified.json
            webhook: { url: "https://hooks.example.com/x", secret_env: SFD_WEBHOOK_SECRET }
            smtp: { host: smtp.example.com, port: 465, security: SSL, from: "Blog <news@example.com>", to: list@example.com, user_env: SMTP_USER, password_env: SMTP_PASSWORD }
            """);
        Assert.Empty(diagnostics);
        Assert.Equal("var/notified.json", notify!.State);
        Assert.Equal("https://hooks.example.com/x", notify.Webhook!.Url);
        Assert.Equal("SFD_WEBHOOK_SECRET", notify.Webhook.SecretEnv);
        Assert.Equal(new SmtpConfig("smtp.example.com", 465, "Blog <news@example.com>", "list@example.com", "SMTP_USER", "SMTP_PASSWORD", "ssl"), notify.Smtp);
    }

    [Fact]
    public void Defaults_to_the_documented_state_file()
    {
        var (notify, _) = Read("webhook: { url: \"https://hooks.example.com/x\" }");
        Assert.Equal(".sfd/notified.json", notify!.State);
        Assert.Null(notify.Webhook!.SecretEnv);
    }

    [Theory]
    [InlineData("webhook: { url: /hook }", "`notify.webhook.url` must be an absolute http(s) URL that takes a POST, not \"/hook\"")]
    [InlineData("webhook: { secret_env: X }", "`notify.webhook.url` is required but missing")]
    [InlineData("webhook: { url: \"https://h.example/\", secret_env: \"abc-123 secret!\" }", "`notify.webhook.secret_env` must name an environment variable")]
    [InlineData("smtp: { host: h, from: not-an-address, to: list@example.com }", "`notify.smtp.from` must be one email address")]
    [InlineData("smtp: { host: h, from: a@example.com }", "`notify.smtp.to` is required but missing")]
    [InlineData("smtp: { host: h, from: a@example.com, to: b@example.com, security: tls }", "`notify.smtp.security` must be auto, none, starttls or ssl")]
    [InlineData("smtp: { host: h, from: a@example.com, to: b@example.com, user_env: U }", "`notify.smtp.user_env` and `notify.smtp.password_env` go together")]
    [InlineData("smtp: { host: h, from: a@example.com, to: b@example.com, port: 70000 }", "`notify.smtp.port` must be a TCP port")]
    [InlineData("webhok: { url: \"https://h.example/\" }", "unknown key `notify.webhok`; did you mean `notify.webhook`?")]
    public void A_wrong_or_missing_setting_names_the_key(string notify, string expected)
    {
        var (_, diagnostics) = Read(notify);
        Assert.Contains(expected, Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_secret_pasted_in_place_of_a_variable_name_is_not_echoed()
    {
        var (_, diagnostics) = Read("webhook: { url: \"https://h.example/\", secret_env: \"whsec_live-9f8e7d\" }");
        Assert.DoesNotContain("whsec_live-9f8e7d", Assert.Single(diagnostics).Message);
    }
}
