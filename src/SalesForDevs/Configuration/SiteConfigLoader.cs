using SalesForDevs.Diagnostics;
using SalesForDevs.Yaml;

namespace SalesForDevs.Configuration;

/// <summary>Reads and validates <c>site.yml</c>. Every problem is reported with its line and column; unknown keys get a "did you mean".</summary>
internal static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] CommentProviders = ["none", "giscus", "utterances"];

    /// <param name="baseUrlOverride">Replaces <c>base_url</c> (--base-url).</param>
    /// <param name="servedFrom">sfd serve: the local server's scheme, host and port, which replace <c>base_url</c>'s, keeping its path.</param>
    /// <returns>The configuration, or null when it has errors (all of them are in <paramref name="diagnostics"/>).</returns>
    public static SiteConfig? Load(string siteDirectory, DiagnosticBag diagnostics, string? baseUrlOverride = null, string? servedFrom = null)
    {
        var file = Path.Combine(siteDirectory, FileName);
        if (!File.Exists(file))
        {
            diagnostics.Error("no-config", $"no {FileName} found in {siteDirectory}; a site needs one (see README.md, \"site.yml reference\")");
            return null;
        }
        var text = SourceText.Read(file, FileName, diagnostics);
        return text is null ? null : Parse(text, diagnostics, baseUrlOverride, servedFrom);
    }

    public static SiteConfig? Parse(string yaml, DiagnosticBag diagnostics, string? baseUrlOverride = null, string? servedFrom = null)
    {
        var errorsBefore = diagnostics.HasErrors;
        var root = YamlTreeReader.Read(yaml, FileName, 0, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (root is not null || !diagnostics.HasErrors)
                diagnostics.Error("bad-config", $"{FileName} must be a mapping of keys to values", new SourceLocation(FileName, 1, 1));
            return null;
        }

        var r = new YamlMappingReader(mapping, FileName, diagnostics);
        var title = r.RequiredString("title");
        var baseUrl = ReadBaseUrl(r, baseUrlOverride ?? ServedUrl(r, servedFrom));
        var authors = AuthorsConfigReader.ReadAuthors(r);
        var (author, defaultAuthor) = AuthorsConfigReader.ReadSiteAuthor(r, authors);
        var config = new SiteConfig
        {
            Title = title ?? "",
            BaseUrl = baseUrl ?? new Uri("http://localhost/"),
            Description = r.String("description") ?? "",
            Language = ReadLanguage(r),
            LanguageAt = r.Node("language") is { } languageNode ? r.At(languageNode) : new SourceLocation(FileName, 1, 1),
            Author = author,
            Authors = authors,
            DefaultAuthor = defaultAuthor,
            Taxonomies = TaxonomiesConfigReader.Read(r),
            Theme = r.String("theme") ?? "default",
            Permalink = ReadPermalink(r),
            Paginate = r.Int("paginate", min: 1) ?? 10,
            Feeds = ReadFeeds(r),
            Series = ReadSeries(r),
            Subscribe = ReadSubscribe(r),
            Notify = NotifyConfigReader.Read(r),
            Comments = ReadComments(r),
            Menu = ReadMenu(r),
            Cname = r.String("cname"),
            Image = r.String("image"),
            ImageAlt = r.String("image_alt"),
            Toc = r.Bool("toc") ?? false,
            Typography = ReadTypography(r),
            Markdown = ReadMarkdown(r),
            Search = ReadSearch(r),
            Params = YamlParams.Read(r),
            Images = ImagesConfigReader.Read(r),
            Related = ReadRelated(r),
        };
        r.ReportUnknownKeys();
        return diagnostics.HasErrors && !errorsBefore ? null : config;
    }

    /// <summary>The local server's origin under the path of <c>base_url</c>, or under / while <c>base_url</c> is not a usable URL yet.</summary>
    private static string? ServedUrl(YamlMappingReader r, string? origin)
    {
        if (origin is null) return null;
        var path = r.Node("base_url") is YamlScalar { } scalar && Uri.TryCreate(scalar.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsolutePath : "/";
        return origin.TrimEnd('/') + path;
    }

    private static Uri? ReadBaseUrl(YamlMappingReader r, string? overrideUrl)
    {
        var node = r.Node("base_url");
        var text = overrideUrl ?? r.RequiredString("base_url");
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            var message = $"`base_url` must be an absolute http(s) URL such as https://user.github.io/repo/, not \"{text}\"";
            if (overrideUrl is null && node is not null) r.Error(node, message);
            else r.Error(r.Mapping, message);
            return null;
        }
        // A base URL always names a folder; without the slash, relative links would drop the last segment.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    /// <summary><c>search: false</c> or <c>search: { enabled: false }</c>.</summary>
    private static SearchConfig ReadSearch(YamlMappingReader r)
    {
        if (r.Node("search") is not YamlMapping) return new SearchConfig(r.Bool("search") ?? true);
        var s = r.Child("search")!;
        var result = new SearchConfig(s.Bool("enabled") ?? true);
        s.ReportUnknownKeys();
        return result;
    }

    /// <summary>A BCP 47 tag (<c>en</c>, <c>de</c>, <c>pt-BR</c>): it becomes &lt;html lang&gt; and the feeds' language, and picks the i18n file.</summary>
    private static string ReadLanguage(YamlMappingReader r)
    {
        var value = r.String("language") ?? "en";
        if (!Languages.LanguageTag.IsValid(value))
        {
            var hint = Languages.LanguageTag.IsValid(value.Replace('_', '-')) ? $"; did you mean `{value.Replace('_', '-')}`?" : "";
            r.Error(r.Node("language")!, $"`language` must be a BCP 47 language tag such as en, de or pt-BR, not \"{value}\"{hint}");
            return "en";
        }
        return value;
    }

    /// <summary><c>related: { count: 3 }</c>; count 0 shows none.</summary>
    private static RelatedConfig ReadRelated(YamlMappingReader r)
    {
        var related = r.Child("related");
        if (related is null) return new RelatedConfig();
        var result = new RelatedConfig(related.Int("count", min: 0) ?? 3);
        related.ReportUnknownKeys();
        return result;
    }

    private static string ReadPermalink(YamlMappingReader r)
    {
        var node = r.Node("permalink");
        var value = r.String("permalink") ?? "/:year/:month/:slug/";
        if (node is null) return value;
        if (!value.StartsWith('/') || !value.Contains(":slug", StringComparison.Ordinal))
            r.Error(node, $"`permalink` must start with '/' and contain :slug (for example /:year/:month/:slug/), not \"{value}\"");
        var unknown = System.Text.RegularExpressions.Regex.Matches(value, ":([a-z_]+)")
            .Select(m => m.Groups[1].Value)
            .FirstOrDefault(t => t is not ("year" or "month" or "day" or "slug" or "section" or "series"));
        if (unknown is not null)
            r.Error(node, $"`permalink` uses :{unknown}, which is not a known placeholder (:year, :month, :day, :slug, :section, :series)");
        return value;
    }

    private static FeedsConfig ReadFeeds(YamlMappingReader r)
    {
        var f = r.Child("feeds");
        if (f is null) return new FeedsConfig();
        var feeds = new FeedsConfig(
            f.Bool("rss") ?? true,
            f.Bool("atom") ?? true,
            f.Bool("json") ?? true,
            f.Int("items", min: 1) ?? 20,
            f.Bool("full_content") ?? true);
        f.ReportUnknownKeys();
        return feeds;
    }

    private static IReadOnlyList<SeriesConfig> ReadSeries(YamlMappingReader r)
    {
        var s = r.Child("series");
        if (s is null) return [];
        var list = new List<SeriesConfig>();
        foreach (var entry in s.Mapping.Entries)
        {
            s.Node(entry.Key.Value);
            if (entry.Value is not YamlMapping m)
            {
                s.Error(entry.Value, $"series `{entry.Key.Value}` must be a mapping with title and sections");
                continue;
            }
            var one = new YamlMappingReader(m, FileName, DiagnosticsOf(s), s.Qualify(entry.Key.Value));
            var title = one.String("title") ?? entry.Key.Value;
            var sections = one.StringList("sections")?.Select(x => x.Value).ToList() ?? [];
            var description = one.String("description") ?? "";
            one.ReportUnknownKeys();
            list.Add(new SeriesConfig(entry.Key.Value, title, sections, description));
        }
        return list;
    }

    private static SubscribeConfig ReadSubscribe(YamlMappingReader r)
    {
        var s = r.Child("subscribe");
        if (s is null) return new SubscribeConfig();
        var rss = s.Bool("rss") ?? true;
        var email = s.Child("email");
        var result = new SubscribeConfig(rss, email is null ? null : EmailProviderPresets.Read(email));
        s.ReportUnknownKeys();
        return result;
    }

    private static CommentsConfig ReadComments(YamlMappingReader r)
    {
        var c = r.Child("comments");
        if (c is null) return new CommentsConfig();
        var providerNode = c.Node("provider");
        var provider = c.String("provider") ?? "none";
        if (!CommentProviders.Contains(provider))
        {
            var guess = KeySuggester.Closest(provider, CommentProviders);
            c.Error(providerNode ?? c.Mapping, $"`comments.provider` must be one of none, giscus, utterances, not \"{provider}\"" + (guess is null ? "" : $"; did you mean `{guess}`?"));
        }
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in c.Mapping.Entries.Where(e => e.Key.Value != "provider"))
        {
            if (entry.Value is YamlScalar v) { settings[entry.Key.Value] = v.Value; c.Node(entry.Key.Value); }
        }
        var required = provider switch
        {
            "giscus" => new[] { "repo", "repo_id", "category", "category_id" },
            "utterances" => new[] { "repo" },
            _ => [],
        };
        foreach (var key in required.Where(k => !settings.ContainsKey(k)))
            c.Error(c.Mapping, $"`comments.{key}` is required when the provider is {provider}");
        c.ReportUnknownKeys();
        return new CommentsConfig(provider, settings);
    }

    private static IReadOnlyList<MenuItem> ReadMenu(YamlMappingReader r)
    {
        var node = r.Node("menu");
        if (node is null) return [];
        if (node is not YamlSequence seq)
        {
            r.Error(node, "`menu` must be a list of { title, url } entries");
            return [];
        }
        var items = new List<MenuItem>();
        foreach (var item in seq.Items)
        {
            if (item is not YamlMapping m) { r.Error(item, "each `menu` entry must be a mapping with title and url"); continue; }
            var one = new YamlMappingReader(m, FileName, DiagnosticsOf(r), "menu[]");
            var title = one.RequiredString("title");
            var url = one.RequiredString("url");
            one.ReportUnknownKeys();
            if (title is not null && url is not null) items.Add(new MenuItem(title, url));
        }
        return items;
    }

    private static TypographyConfig ReadTypography(YamlMappingReader r)
    {
        var t = r.Child("typography");
        if (t is null) return new TypographyConfig();
        var result = new TypographyConfig(t.Bool("smartypants") ?? true);
        t.ReportUnknownKeys();
        return result;
    }

    private static MarkdownConfig ReadMarkdown(YamlMappingReader r)
    {
        var m = r.Child("markdown");
        if (m is null) return new MarkdownConfig();
        var result = new MarkdownConfig(m.Bool("raw_html") ?? true);
        m.ReportUnknownKeys();
        return result;
    }

    private static DiagnosticBag DiagnosticsOf(YamlMappingReader r) => r.Diagnostics;
}
