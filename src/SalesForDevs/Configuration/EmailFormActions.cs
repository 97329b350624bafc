using System.Text.RegularExpressions;
using System.Web;

namespace SalesForDevs.Configuration;

/// <summary>
/// What each email provider's form address looks like, and what the form needs that follows from it. A wrong
/// address is caught at build time with the shape it should have, instead of a form that silently fails for readers.
/// </summary>
internal static partial class EmailFormActions
{
    /// <summary>The provider's name for the email field, or null for generic (site.yml must say).</summary>
    public static string? DefaultEmailField(string provider) => provider switch
    {
        "buttondown" => "email",
        "mailchimp" => "EMAIL",
        "kit" => "email_address",
        _ => null,
    };

    /// <summary>Mailchimp's bot trap is a text field named b_{u}_{id}, from the action URL's query.</summary>
    public static string? Honeypot(string provider, Uri action)
    {
        if (provider != "mailchimp") return null;
        var query = HttpUtility.ParseQueryString(action.Query);
        return $"b_{query["u"]}_{query["id"]}";
    }

    /// <summary>Null when <paramref name="action"/> fits the provider; otherwise the rest of an error message that starts with the key's name.</summary>
    public static string? Check(string provider, string action, out Uri? uri)
    {
        if (!Uri.TryCreate(action, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            uri = null;
            return $"must be the provider's absolute form address (https://...), not \"{action}\"; {Where(provider)}";
        }
        if (provider == "generic") return null;
        if (uri.Scheme != "https") return $"must use https, not \"{action}\"; {Where(provider)}";

        return provider switch
        {
            "buttondown" => Buttondown(uri, action),
            "mailchimp" => Mailchimp(uri, action),
            "kit" => Kit(uri, action),
            _ => null,
        };
    }

    private static string? Buttondown(Uri uri, string action)
    {
        var host = uri.Host.ToLowerInvariant();
        if (host is not ("buttondown.com" or "www.buttondown.com" or "buttondown.email" or "www.buttondown.email"))
            return $"for buttondown must be on buttondown.com, not {uri.Host}: {Shape("buttondown")}";
        if (!ButtondownPath().IsMatch(uri.AbsolutePath))
            return $"for buttondown must end in /api/emails/embed-subscribe/USERNAME, not \"{action}\": {Shape("buttondown")}";
        return null;
    }

    private static string? Mailchimp(Uri uri, string action)
    {
        var host = uri.Host.ToLowerInvariant();
        if (!host.EndsWith(".list-manage.com", StringComparison.Ordinal))
            return $"for mailchimp must be on a list-manage.com host, not {uri.Host}: {Shape("mailchimp")}";
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path == "/subscribe/post-json")
            return $"for mailchimp must be the /subscribe/post address of the embedded form, not /subscribe/post-json (that one answers scripts, not readers): {Shape("mailchimp")}";
        if (path != "/subscribe/post")
            return $"for mailchimp must have the path /subscribe/post, not \"{uri.AbsolutePath}\": {Shape("mailchimp")}";
        var query = HttpUtility.ParseQueryString(uri.Query);
        var missing = new[] { "u", "id" }.Where(k => string.IsNullOrWhiteSpace(query[k])).ToList();
        if (missing.Count > 0)
            return $"for mailchimp has no {string.Join(" and ", missing.Select(k => k + "="))} in its query; copy the whole action, query included: {Shape("mailchimp")}";
        if (!MailchimpId().IsMatch(query["u"]!) || !MailchimpId().IsMatch(query["id"]!))
            return $"for mailchimp has u and id values that are not the letters and digits Mailchimp uses: {Shape("mailchimp")}";
        return null;
    }

    private static string? Kit(Uri uri, string action)
    {
        var host = uri.Host.ToLowerInvariant();
        if (host is not ("kit.com" or "convertkit.com") && !host.EndsWith(".kit.com", StringComparison.Ordinal) && !host.EndsWith(".convertkit.com", StringComparison.Ordinal))
            return $"for kit must be on app.kit.com (or app.convertkit.com), not {uri.Host}: {Shape("kit")}";
        if (!KitPath().IsMatch(uri.AbsolutePath))
            return $"for kit must have the path /forms/FORM_ID/subscriptions, not \"{uri.AbsolutePath}\": {Shape("kit")}";
        return null;
    }

    private static string Shape(string provider) => provider switch
    {
        "buttondown" => "https://buttondown.com/api/emails/embed-subscribe/USERNAME (Buttondown, Settings, Embedding)",
        "mailchimp" => "https://NAME.usN.list-manage.com/subscribe/post?u=...&id=... (the action of Mailchimp's embedded form code)",
        "kit" => "https://app.kit.com/forms/FORM_ID/subscriptions (the action in the form's HTML embed code)",
        _ => "",
    };

    private static string Where(string provider) => provider == "generic"
        ? "the action attribute of the form your list provider gives you"
        : "it looks like " + Shape(provider);

    [GeneratedRegex("^/api/emails/embed-subscribe/[A-Za-z0-9_.-]+/?$")]
    private static partial Regex ButtondownPath();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex MailchimpId();

    [GeneratedRegex("^/forms/[0-9]+/subscriptions/?$")]
    private static partial Regex KitPath();
}
