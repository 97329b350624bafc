using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// Follows every link and asset of a served site the way a browser and a feed reader would, starting from given URLs.
/// Each URL that belongs to the site must answer 200, stay under the base URL's sub-path and, with a #fragment, name an
/// element of the page. Links to other hosts are recorded, never fetched. What it reads:
/// HTML (href, src, srcset, poster, data, form action, Open Graph URLs), CSS (url(), @import) and the absolute URLs in
/// feeds, sitemap.xml and robots.txt.
/// </summary>
public sealed partial class SiteCrawler(HttpClient client, Uri baseUrl, IReadOnlyCollection<string> foreignSiteHosts)
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "data"];
    private static readonly string[] OpenGraphUrls = ["og:url", "og:image", "twitter:image"];

    private readonly Queue<(Uri Url, HttpStatusCode Expected, string From)> _queue = new();
    private readonly HashSet<Uri> _seen = [];
    private readonly Dictionary<Uri, HashSet<string>> _ids = [];
    private readonly List<(Uri Page, string Fragment, string From)> _fragments = [];
    private readonly List<string> _problems = [];
    private readonly SortedSet<string> _external = new(StringComparer.Ordinal);

    /// <summary>What went wrong, one line each: "where: what".</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Every URL fetched, without fragments.</summary>
    public IReadOnlyCollection<Uri> Visited => _seen;

    /// <summary>Links to other hosts, as written, not fetched.</summary>
    public IReadOnlyCollection<string> ExternalLinks => _external;

    public async Task CrawlAsync(params (Uri Url, HttpStatusCode Expected)[] starts)
    {
        foreach (var (url, expected) in starts) Enqueue(url, expected, "start");
        while (_queue.TryDequeue(out var next)) await FetchAsync(next.Url, next.Expected, next.From);
        foreach (var (page, fragment, from) in _fragments)
            if (_ids.TryGetValue(page, out var ids) && !ids.Contains(fragment) && fragment != "top")
                _problems.Add($"{from}: {page}#{fragment} names no element of that page");
    }

    private void Enqueue(Uri url, HttpStatusCode expected, string from)
    {
        var withoutFragment = new UriBuilder(url) { Fragment = "" }.Uri;
        if (_seen.Add(withoutFragment)) _queue.Enqueue((withoutFragment, expected, from));
    }

    private async Task FetchAsync(Uri url, HttpStatusCode expected, string from)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != expected)
        {
            _problems.Add($"{from}: {url} answered {(int)response.StatusCode}, expected {(int)expected}");
            return;
        }
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!type.StartsWith("text/", StringComparison.Ordinal) && !type.Contains("xml", StringComparison.Ordinal) && !type.Contains("json", StringComparison.Ordinal))
            return;
        var text = await response.Content.ReadAsStringAsync();
        if (type == "text/html") ReadHtml(url, text);
        else if (type == "text/css") ReadCss(url, text);
        else if (!type.Contains("svg", StringComparison.Ordinal)) ReadAbsoluteUrls(url, text);
    }

    private void ReadHtml(Uri page, string html)
    {
        var document = Parser.ParseDocument(html);
        _ids[page] = document.All.Select(e => e.Id).Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")))
            .OfType<string>().Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            foreach (var attribute in UrlAttributes)
                if (element.GetAttribute(attribute) is { } value) Check(page, value, Where(page, element, attribute), fetch: true);
            if (element.GetAttribute("srcset") is { } srcset)
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    Check(page, candidate.Split(' ', 2)[0], Where(page, element, "srcset"), fetch: true);
            // A form is sent, not fetched; it must still not leave the site by accident.
            if (element.LocalName == "form" && element.GetAttribute("action") is { } action) Check(page, action, Where(page, element, "action"), fetch: false);
            if (element.LocalName == "meta" && OpenGraphUrls.Contains(element.GetAttribute("property") ?? element.GetAttribute("name")) && element.GetAttribute("content") is { } content)
                Check(page, content, Where(page, element, "content"), fetch: true);
        }
    }

    private void ReadCss(Uri stylesheet, string css)
    {
        foreach (Match match in CssUrl().Matches(css))
        {
            var value = match.Groups["url"].Value.Trim();
            if (value.Length > 0) Check(stylesheet, value, $"{stylesheet.AbsolutePath}: {match.Value}", fetch: true);
        }
    }

    /// <summary>Feeds, the sitemap and robots.txt hold absolute URLs; those of this machine or of a foreign site host are checked.</summary>
    private void ReadAbsoluteUrls(Uri document, string text)
    {
        foreach (Match match in AbsoluteUrl().Matches(text))
        {
            var url = new Uri(match.Value);
            if (url.IsLoopback || foreignSiteHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
                Check(document, match.Value, $"{document.AbsolutePath}: {match.Value}", fetch: true);
        }
    }

    private void Check(Uri from, string raw, string where, bool fetch)
    {
        raw = raw.Trim();
        if (raw.Length == 0) { _problems.Add($"{where}: empty URL"); return; }
        if (raw.StartsWith('#') && raw.Length > 1)
        {
            _fragments.Add((new UriBuilder(from) { Fragment = "" }.Uri, Uri.UnescapeDataString(raw[1..]), where));
            return;
        }
        if (!Uri.TryCreate(from, raw, out var url)) { _problems.Add($"{where}: {raw} is not a valid URL"); return; }
        if (url.Scheme is "mailto" or "tel" or "data" or "javascript") return;

        if (url.Scheme is not ("http" or "https")) { _external.Add(raw); return; }
        if (foreignSiteHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
        {
            _problems.Add($"{where}: {raw} points at the configured site, not at the one built for {baseUrl}");
            return;
        }
        if (!url.IsLoopback) { _external.Add(raw); return; }
        if (url.Authority != baseUrl.Authority || !url.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            _problems.Add($"{where}: {raw} resolves to {url}, outside {baseUrl}");
            return;
        }
        if (!fetch) return;
        Enqueue(url, HttpStatusCode.OK, where);
        if (url.Fragment.Length > 1) _fragments.Add((new UriBuilder(url) { Fragment = "" }.Uri, Uri.UnescapeDataString(url.Fragment[1..]), where));
    }

    private static string Where(Uri page, IElement element, string attribute) =>
        $"{page.AbsolutePath}: <{element.LocalName} {attribute}=\"{element.GetAttribute(attribute)}\">";

    [GeneratedRegex(@"url\(\s*(['""]?)(?<url>[^'"")]*)\1\s*\)|@import\s+(['""])(?<url>[^'""]+)\3")]
    private static partial Regex CssUrl();

    // Stops at what ends a URL in XML, JSON (\u0022) and escaped HTML (&quot;).
    [GeneratedRegex(@"https?://[^\s""'<>\\&)]+")]
    private static partial Regex AbsoluteUrl();
}
