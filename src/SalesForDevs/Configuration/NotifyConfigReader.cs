using System.Text.RegularExpressions;
using MimeKit;
using SalesForDevs.Yaml;

namespace SalesForDevs.Configuration;

/// <summary>
/// Reads <c>notify</c>: where the state file lives and the hooks <c>sfd notify</c> calls. Secrets are never in
/// site.yml; it names the environment variables that hold them, and those names are checked here.
/// </summary>
internal static partial class NotifyConfigReader
{
    public const string DefaultState = ".sfd/notified.json";

    private static readonly string[] Securities = ["auto", "none", "starttls", "ssl"];

    public static NotifyConfig Read(YamlMappingReader r)
    {
        var n = r.Child("notify");
        if (n is null) return new NotifyConfig();
        var stateNode = n.Node("state");
        var state = n.String("state") ?? DefaultState;
        if (stateNode is not null && string.IsNullOrWhiteSpace(state))
            n.Error(stateNode, $"`{n.Qualify("state")}` must be a file path such as {DefaultState}");
        var config = new NotifyConfig(state.Trim(), ReadWebhook(n), ReadSmtp(n));
        n.ReportUnknownKeys();
        return config;
    }

    private static WebhookConfig? ReadWebhook(YamlMappingReader n)
    {
        if (n.Child("webhook") is not { } w) return null;
        var urlNode = w.Node("url");
        var url = w.RequiredString("url");
        var secret = EnvName(w, "secret_env");
        w.ReportUnknownKeys();
        if (url is null) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            w.Error(urlNode!, $"`{w.Qualify("url")}` must be an absolute http(s) URL that takes a POST, not \"{url}\"");
            return null;
        }
        return new WebhookConfig(uri.AbsoluteUri, secret);
    }

    private static SmtpConfig? ReadSmtp(YamlMappingReader n)
    {
        if (n.Child("smtp") is not { } m) return null;
        var host = m.RequiredString("host");
        var from = Address(m, "from");
        var to = Address(m, "to");
        var port = m.Int("port", min: 1) ?? 587;
        if (port > 65535) m.Error(m.Node("port")!, $"`{m.Qualify("port")}` must be a TCP port (1 to 65535), not {port}");
        var securityNode = m.Node("security");
        var security = (m.String("security") ?? "auto").ToLowerInvariant();
        if (!Securities.Contains(security))
            m.Error(securityNode!, $"`{m.Qualify("security")}` must be auto, none, starttls or ssl, not \"{security}\"");
        var user = EnvName(m, "user_env");
        var password = EnvName(m, "password_env");
        if ((user is null) != (password is null))
            m.Error(m.Mapping, $"`{m.Qualify("user_env")}` and `{m.Qualify("password_env")}` go together: name both environment variables, or neither for a server that needs no login");
        m.ReportUnknownKeys();
        return host is null || from is null || to is null ? null
            : new SmtpConfig(host.Trim(), port, from, to, user, password, security);
    }

    private static string? Address(YamlMappingReader m, string key)
    {
        var value = m.RequiredString(key);
        if (value is null) return null;
        if (!MailboxAddress.TryParse(value.Trim(), out var mailbox) || !mailbox.Address.Contains('@'))
        {
            m.Error(m.Node(key)!, $"`{m.Qualify(key)}` must be one email address such as list@example.com or \"Sales for Devs <list@example.com>\", not \"{value}\"");
            return null;
        }
        return value.Trim();
    }

    /// <summary>The name of an environment variable, never its value: a value that looks like a secret is refused.</summary>
    private static string? EnvName(YamlMappingReader r, string key)
    {
        var node = r.Node(key);
        var value = r.String(key);
        if (value is null) return null;
        if (!EnvVariable().IsMatch(value))
        {
            // The value is not echoed: someone may have pasted the secret itself here.
            r.Error(node!, $"`{r.Qualify(key)}` must name an environment variable (letters, digits and _, such as SFD_WEBHOOK_SECRET); put the secret itself in that variable, never in site.yml");
            return null;
        }
        return value;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvVariable();
}
