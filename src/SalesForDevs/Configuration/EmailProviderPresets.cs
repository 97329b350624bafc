using SalesForDevs.Diagnostics;
using SalesForDevs.Yaml;

namespace SalesForDevs.Configuration;

/// <summary>
/// Reads <c>subscribe.email</c> and fills in what each provider's embedded signup form expects, so an author
/// only names the provider and its form address. <c>generic</c> takes everything from site.yml.
/// </summary>
public static class EmailProviderPresets
{
    public static readonly string[] Providers = ["buttondown", "mailchimp", "kit", "generic"];

    public static EmailSubscribeConfig? Read(YamlMappingReader r)
    {
        var providerNode = r.Node("provider");
        var provider = r.RequiredString("provider");
        var action = r.RequiredString("action");
        var method = (r.String("method") ?? "post").ToLowerInvariant();
        var fields = ReadStringMap(r, "fields");
        var hidden = ReadStringMap(r, "hidden");
        var honeypot = r.String("honeypot");
        r.ReportUnknownKeys();
        if (provider is null || action is null) return null;

        if (!Providers.Contains(provider))
        {
            var guess = KeySuggester.Closest(provider, Providers);
            r.Error(providerNode!, $"`subscribe.email.provider` must be one of {string.Join(", ", Providers)}, not \"{provider}\"" + (guess is null ? "" : $"; did you mean `{guess}`?"));
            return null;
        }
        if (!Uri.TryCreate(action, UriKind.Absolute, out var actionUri) || actionUri.Scheme is not ("http" or "https"))
        {
            r.Error(r.Mapping.Find("action")!.Value, $"`subscribe.email.action` must be the provider's absolute form URL (https://...), not \"{action}\"");
            return null;
        }
        if (method is not ("post" or "get"))
            r.Error(r.Mapping.Find("method")!.Value, $"`subscribe.email.method` must be post or get, not \"{method}\"");

        var defaults = provider switch
        {
            "buttondown" => new Dictionary<string, string> { ["email"] = "email" },
            "mailchimp" => new Dictionary<string, string> { ["email"] = "EMAIL" },
            "kit" => new Dictionary<string, string> { ["email"] = "email_address" },
            _ => new Dictionary<string, string>(),
        };
        foreach (var (key, value) in fields) defaults[key] = value;
        if (!defaults.ContainsKey("email"))
        {
            r.Error(r.Mapping, "`subscribe.email.fields.email` is required for the generic provider: the name of the form's email field");
            return null;
        }

        var hiddenFields = new Dictionary<string, string>(hidden, StringComparer.Ordinal);
        if (provider == "buttondown") hiddenFields.TryAdd("embed", "1");
        // Mailchimp's embedded form carries a bot trap: a text field named b_{u}_{id} that people never see or fill.
        if (provider == "mailchimp" && honeypot is null)
        {
            var query = System.Web.HttpUtility.ParseQueryString(actionUri.Query);
            if (query["u"] is { } u && query["id"] is { } id) honeypot = $"b_{u}_{id}";
        }
        return new EmailSubscribeConfig(provider, action, method, defaults, hiddenFields, honeypot);
    }

    private static Dictionary<string, string> ReadStringMap(YamlMappingReader r, string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var child = r.Child(key);
        if (child is null) return result;
        foreach (var entry in child.Mapping.Entries)
        {
            if (child.String(entry.Key.Value) is { } value) result[entry.Key.Value] = value;
        }
        return result;
    }
}
