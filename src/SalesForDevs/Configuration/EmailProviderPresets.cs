using System.Net;
using SalesForDevs.Yaml;

namespace SalesForDevs.Configuration;

/// <summary>
/// Reads <c>subscribe.email</c> and fills in what each provider's embedded signup form expects, so an author
/// only names the provider and pastes its form address. <c>generic</c> takes everything from site.yml.
/// </summary>
/// <remarks>
/// What each preset fills in, from the providers' own embed code:
/// buttondown posts <c>email</c> plus a hidden <c>embed=1</c> to /api/emails/embed-subscribe/USERNAME;
/// mailchimp posts <c>EMAIL</c> to https://X.usN.list-manage.com/subscribe/post?u=U&amp;id=ID, with a bot-trap
/// text field named <c>b_U_ID</c> that people never see; kit posts <c>email_address</c> to
/// https://app.kit.com/forms/ID/subscriptions.
/// </remarks>
internal static class EmailProviderPresets
{
    public static readonly string[] Providers = ["buttondown", "mailchimp", "kit", "generic"];

    /// <summary>Our names for form fields; site.yml maps each to the provider's field name.</summary>
    public static readonly string[] FieldKeys = ["email", "name"];

    public static EmailSubscribeConfig? Read(YamlMappingReader r)
    {
        var providerNode = r.Node("provider");
        var provider = r.RequiredString("provider");
        var actionNode = r.Node("action");
        var action = r.RequiredString("action");
        var methodNode = r.Node("method");
        var method = r.String("method")?.ToLowerInvariant();
        var fields = ReadStringMap(r, "fields", FieldKeys);
        var hidden = ReadStringMap(r, "hidden", known: null);
        var honeypotNode = r.Node("honeypot");
        var honeypot = r.String("honeypot");
        var sendsNode = r.Node("sends");
        var sends = r.String("sends") ?? "posts";
        r.ReportUnknownKeys();
        if (provider is null || action is null) return null;

        if (!Providers.Contains(provider))
        {
            var guess = KeySuggester.Closest(provider, Providers);
            r.Error(providerNode!, $"`{r.Qualify("provider")}` must be one of {string.Join(", ", Providers)}, not \"{provider}\"" + (guess is null ? "" : $"; did you mean `{guess}`?"));
            return null;
        }

        // The embed code providers hand out is HTML, where the query's '&' is written '&amp;'; the URL means '&'.
        action = WebUtility.HtmlDecode(action.Trim());
        var problem = EmailFormActions.Check(provider, action, out var actionUri);
        if (problem is not null)
        {
            r.Error(actionNode!, $"`{r.Qualify("action")}` {problem}");
            return null;
        }

        if (sends is not ("posts" or "notes"))
        {
            r.Error(sendsNode!, $"`{r.Qualify("sends")}` must be posts (each post in full) or notes (a short note with a link), not \"{sends}\"");
            return null;
        }

        var isGeneric = provider == "generic";
        if (method is not null && method != "post" && (!isGeneric || method != "get"))
        {
            r.Error(methodNode!, isGeneric
                ? $"`{r.Qualify("method")}` must be post or get, not \"{method}\""
                : $"`{r.Qualify("method")}` can only be post for {provider}, whose form takes posts; leave it out");
            return null;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (EmailFormActions.DefaultEmailField(provider) is { } emailField) names["email"] = emailField;
        foreach (var (key, value) in fields) names[key] = value;
        if (!names.ContainsKey("email"))
        {
            r.Error(r.Mapping, $"`{r.Qualify("fields.email")}` is required for the generic provider: the name of the form's email field (for example `fields: {{ email: email }}`)");
            return null;
        }

        var hiddenFields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (provider == "buttondown") hiddenFields["embed"] = "1";
        foreach (var (key, value) in hidden) hiddenFields[key] = value;

        if (honeypot is not null && !isGeneric)
        {
            r.Error(honeypotNode!, provider == "mailchimp"
                ? $"`{r.Qualify("honeypot")}` is not needed for mailchimp: the bot-trap field b_U_ID comes from the action URL's u and id; leave it out"
                : $"`{r.Qualify("honeypot")}` is not supported by {provider}, whose form has no bot-trap field; leave it out");
            return null;
        }
        honeypot ??= EmailFormActions.Honeypot(provider, actionUri!);

        var clash = hiddenFields.Keys.Concat(honeypot is null ? [] : [honeypot]).FirstOrDefault(names.ContainsValue);
        if (clash is not null)
        {
            r.Error(r.Mapping, $"`{r.Qualify("hidden")}` field `{clash}` has the same name as a visible field of the form; rename one of them");
            return null;
        }
        return new EmailSubscribeConfig(provider, actionUri!.AbsoluteUri, method ?? "post", names, hiddenFields, honeypot) { Sends = sends };
    }

    private static Dictionary<string, string> ReadStringMap(YamlMappingReader r, string key, string[]? known)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var child = r.Child(key);
        if (child is null) return result;
        foreach (var entry in child.Mapping.Entries)
        {
            var name = entry.Key.Value;
            if (known is not null && !known.Contains(name)) continue;
            var value = known is null ? child.String(name) : child.RequiredString(name);
            if (value is not null) result[name] = value.Trim();
        }
        // With a closed set of keys, a misspelt one is named with the closest known key.
        if (known is not null)
        {
            foreach (var k in known) child.Node(k);
            child.ReportUnknownKeys();
        }
        return result;
    }
}
