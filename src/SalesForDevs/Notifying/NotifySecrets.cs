using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Notifying;

/// <summary>
/// The secrets notify needs, read from the environment variables site.yml names. Messages name the variable and
/// never its value. A dry run only warns about a missing one, so it can be tried without the secrets at hand.
/// </summary>
internal sealed record NotifySecrets(string? WebhookSecret, string? SmtpUser, string? SmtpPassword)
{
    public static NotifySecrets Resolve(NotifyConfig config, Func<string, string?> environment, bool dryRun, DiagnosticBag diagnostics, TextWriter log)
    {
        string? Read(string? variable, string key, string what)
        {
            if (variable is null) return null;
            var value = environment(variable);
            if (!string.IsNullOrEmpty(value)) return value;
            var message = $"the environment variable {variable} (named by `{key}` in site.yml) is not set; set it to {what}";
            if (dryRun) log.WriteLine($"warning: {message}");
            else diagnostics.Error("missing-secret", message, new SourceLocation(SiteConfigLoader.FileName));
            return null;
        }

        return new NotifySecrets(
            Read(config.Webhook?.SecretEnv, "notify.webhook.secret_env", "the secret shared with the webhook"),
            Read(config.Smtp?.UserEnv, "notify.smtp.user_env", "the SMTP user name"),
            Read(config.Smtp?.PasswordEnv, "notify.smtp.password_env", "the SMTP password"));
    }
}
