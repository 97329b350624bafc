namespace SalesForDevs.Configuration;

/// <summary>The typed contents of <c>site.yml</c>. Defaults are those DESIGN.md documents.</summary>
internal sealed record SiteConfig
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Absolute site URL, always ending in '/'. May carry a sub-path (GitHub Pages project sites).</summary>
    public required Uri BaseUrl { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>Where site.yml sets <c>language</c>, for the error when no i18n file has it.</summary>
    public Diagnostics.SourceLocation LanguageAt { get; init; } = new("site.yml");
    /// <summary>
    /// The strings of <see cref="Language"/>: the theme's and the engine's, with the site's overrides. The build fills
    /// it once the theme is known (<c>Languages/TranslationLoader</c>); until then, and in tests, it is sfd's English.
    /// </summary>
    public Languages.Translations Strings { get; init; } = Languages.Translations.English;
    /// <summary>The site-wide author: the default author of posts, of the feeds and of the home page's JSON-LD.</summary>
    public AuthorConfig Author { get; init; } = new("", "");
    /// <summary><c>authors:</c>, in site.yml order: the people posts may name in <c>author</c>/<c>authors</c>.</summary>
    public IReadOnlyList<AuthorProfile> Authors { get; init; } = [];
    /// <summary>The key of the author of posts that name none (<c>author: KEY</c>), or null when the site-wide author has no entry in <see cref="Authors"/>.</summary>
    public string? DefaultAuthor { get; init; }
    /// <summary>Taxonomies declared besides the built-in tags, in site.yml order.</summary>
    public IReadOnlyList<TaxonomyConfig> Taxonomies { get; init; } = [];
    public string Theme { get; init; } = "default";
    public string Permalink { get; init; } = "/:year/:month/:slug/";
    public int Paginate { get; init; } = 10;
    public FeedsConfig Feeds { get; init; } = new();
    public IReadOnlyList<SeriesConfig> Series { get; init; } = [];
    public SubscribeConfig Subscribe { get; init; } = new();
    public NotifyConfig Notify { get; init; } = new();
    public CommentsConfig Comments { get; init; } = new();
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];
    public string? Cname { get; init; }
    /// <summary>The link-preview image of pages that have none of their own (site-root path or absolute URL).</summary>
    public string? Image { get; init; }
    public string? ImageAlt { get; init; }
    /// <summary>Whether posts show a table of contents unless their front matter says otherwise.</summary>
    public bool Toc { get; init; }
    public TypographyConfig Typography { get; init; } = new();
    public MarkdownConfig Markdown { get; init; } = new();
    public SearchConfig Search { get; init; } = new();
    /// <summary>The site's free-form <c>params</c> for themes (nested mappings, lists and scalars), as <c>site.params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = Yaml.YamlParams.Empty;
    public ImagesConfig Images { get; init; } = new();
    public RelatedConfig Related { get; init; } = new();

    /// <summary>The base URL's path, e.g. "/SalesForDevs/" or "/": every internal link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public SeriesConfig? FindSeries(string key) => Series.FirstOrDefault(s => s.Key == key);
}

/// <summary>Typographic niceties of the markdown: SmartyPants turns straight quotes, -- and ... into curly quotes, dashes and ellipses.</summary>
internal sealed record TypographyConfig(bool SmartyPants = true);

/// <summary>How markdown is read. <see cref="RawHtml"/> false shows HTML written in posts as text (for content from authors not fully trusted).</summary>
internal sealed record MarkdownConfig(bool RawHtml = true);

/// <summary>Site search: the index file, the search page and its link in the navigation. On by default.</summary>
internal sealed record SearchConfig(bool Enabled = true);

/// <summary>Related posts at the end of each post: how many (0 turns them off).</summary>
internal sealed record RelatedConfig(int Count = 3);

internal sealed record AuthorConfig(string Name, string Email);

internal sealed record FeedsConfig(bool Rss = true, bool Atom = true, bool Json = true, int Items = 20, bool FullContent = true);

/// <summary>A series and its sections in reading order (strategy first, then tactics).</summary>
internal sealed record SeriesConfig(string Key, string Title, IReadOnlyList<string> Sections, string Description = "");

internal sealed record MenuItem(string Title, string Url);

internal sealed record SubscribeConfig(bool Rss = true, EmailSubscribeConfig? Email = null);

/// <summary>An email provider's signup form. <see cref="Fields"/> maps our names (email, name) to the provider's field names.</summary>
internal sealed record EmailSubscribeConfig(
    string Provider,
    string Action,
    string Method,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, string> Hidden,
    string? Honeypot)
{
    /// <summary>What subscribers get by email: "posts" (each post in full) or "notes" (a short note with a link); the theme's wording follows it.</summary>
    public string Sends { get; init; } = "posts";
}

internal sealed record NotifyConfig(string State = ".sfd/notified.json", WebhookConfig? Webhook = null, SmtpConfig? Smtp = null);

internal sealed record WebhookConfig(string Url, string? SecretEnv);

internal sealed record SmtpConfig(string Host, int Port, string From, string To, string? UserEnv, string? PasswordEnv, string Security = "auto");

/// <summary>Comment provider: none, giscus or utterances, with the provider's own settings.</summary>
internal sealed record CommentsConfig(string Provider = "none", IReadOnlyDictionary<string, string>? Settings = null)
{
    public IReadOnlyDictionary<string, string> Options => Settings ?? new Dictionary<string, string>();
}
