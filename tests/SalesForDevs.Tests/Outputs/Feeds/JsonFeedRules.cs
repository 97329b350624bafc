using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>
/// The rules of JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a checker: required version, title and items;
/// each item with a unique string id, an absolute url, content_html or content_text; dates in RFC 3339; URLs absolute;
/// authors with at least one field. Returns every problem found, so a failing test shows them all.
/// </summary>
internal static partial class JsonFeedRules
{
    public static IReadOnlyList<string> Check(JsonElement feed)
    {
        var problems = new List<string>();
        if (feed.ValueKind != JsonValueKind.Object) return ["the feed is not a JSON object"];

        if (FeedFiles.String(feed, "version") != "https://jsonfeed.org/version/1.1") problems.Add("version must be https://jsonfeed.org/version/1.1");
        if (string.IsNullOrWhiteSpace(FeedFiles.String(feed, "title"))) problems.Add("title is required");
        foreach (var name in new[] { "home_page_url", "feed_url" }) OptionalUrl(feed, name, name, problems);
        foreach (var name in new[] { "description", "language" }) OptionalString(feed, name, name, problems);
        Authors(feed, "", problems);

        if (!feed.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            problems.Add("items is required and must be an array");
            return problems;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var at = $"items[{index++}]";
            if (item.ValueKind != JsonValueKind.Object) { problems.Add($"{at} is not an object"); continue; }
            var id = FeedFiles.String(item, "id");
            if (string.IsNullOrEmpty(id)) problems.Add($"{at}.id is required and must be a non-empty string");
            else if (!ids.Add(id)) problems.Add($"{at}.id {id} is not unique");
            if (!item.TryGetProperty("url", out _)) problems.Add($"{at}.url is missing");
            OptionalUrl(item, "url", $"{at}.url", problems);
            OptionalUrl(item, "external_url", $"{at}.external_url", problems);
            var html = OptionalString(item, "content_html", $"{at}.content_html", problems);
            var text = OptionalString(item, "content_text", $"{at}.content_text", problems);
            if (html is null && text is null) problems.Add($"{at} needs content_html or content_text");
            foreach (var name in new[] { "title", "summary", "image", "language" }) OptionalString(item, name, $"{at}.{name}", problems);
            foreach (var name in new[] { "date_published", "date_modified" })
            {
                var date = OptionalString(item, name, $"{at}.{name}", problems);
                if (date is not null && !IsRfc3339(date)) problems.Add($"{at}.{name} \"{date}\" is not an RFC 3339 date-time");
            }
            if (item.TryGetProperty("tags", out var tags) &&
                (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)))
                problems.Add($"{at}.tags must be an array of strings");
            Authors(item, at + ".", problems);
        }
        return problems;
    }

    /// <summary>RFC 3339 section 5.6 date-time: full date, "T", time with seconds, optional fraction, Z or a numeric offset.</summary>
    public static bool IsRfc3339(string value) =>
        Rfc3339().IsMatch(value) &&
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    private static string? OptionalString(JsonElement owner, string name, string at, List<string> problems)
    {
        if (!owner.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        problems.Add($"{at} must be a string");
        return null;
    }

    private static void OptionalUrl(JsonElement owner, string name, string at, List<string> problems)
    {
        var url = OptionalString(owner, name, at, problems);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            problems.Add($"{at} \"{url}\" is not an absolute http(s) URL");
    }

    private static void Authors(JsonElement owner, string at, List<string> problems)
    {
        if (!owner.TryGetProperty("authors", out var authors)) return;
        if (authors.ValueKind != JsonValueKind.Array) { problems.Add($"{at}authors must be an array"); return; }
        foreach (var author in authors.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.Object || !new[] { "name", "url", "avatar" }.Any(n => FeedFiles.String(author, n) is not null))
                problems.Add($"{at}authors: each author needs a name, url or avatar");
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
