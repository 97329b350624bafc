using SalesForDevs.Diagnostics;

namespace SalesForDevs.Content;

/// <summary>
/// A post's or page's front matter, typed. Values that later stages validate (section, builds_on)
/// keep their source positions so those stages can point at them.
/// </summary>
internal sealed record FrontMatter
{
    public string Title { get; init; } = "";
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Slug { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Series { get; init; }
    public SourceLocation? SeriesAt { get; init; }
    public string? Section { get; init; }
    public SourceLocation? SectionAt { get; init; }
    public IReadOnlyList<Located<string>> BuildsOn { get; init; } = [];
    public bool Draft { get; init; }
    /// <summary>"open", "closed" or null (the site's default: open when a provider is configured).</summary>
    public string? Comments { get; init; }
    /// <summary>The link-preview image: a site-root path (/images/x.png), a path beside the post's URL, or an absolute URL.</summary>
    public string? Image { get; init; }
    public string? ImageAlt { get; init; }
    /// <summary>true or false: show a table of contents; null follows the site's <c>toc</c> default.</summary>
    public bool? Toc { get; init; }
    /// <summary>A layout name overriding the default for the kind (post or page).</summary>
    public string? Layout { get; init; }
    /// <summary>Old URLs of this page (site paths such as /old/path/), each answered by a redirect page.</summary>
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];
    /// <summary>A stable feed entry id: the slug the post was first published with, or a full URI; null for the slug.</summary>
    public Located<string>? Id { get; init; }
    /// <summary>The page's free-form <c>params</c> for themes, as <c>page.params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = Yaml.YamlParams.Empty;
    /// <summary>Keys of <c>authors:</c> in site.yml (front matter <c>author: KEY</c> or <c>authors: [K1, K2]</c>), in the order given.</summary>
    public IReadOnlyList<Located<string>> Authors { get; init; } = [];
    /// <summary>Terms of the taxonomies site.yml declares, by taxonomy key (<c>categories: [Tooling]</c>); tags stay in <see cref="Tags"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms { get; init; } = NoTerms;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoTerms =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<string>>.Empty;
    /// <summary>Keys sfd does not read itself, left for <see cref="TaxonomyTerms"/>: each is a declared taxonomy or an error.</summary>
    public IReadOnlyList<Yaml.YamlEntry> OtherKeys { get; init; } = [];
}

/// <summary>A value with the place in a source file it came from.</summary>
internal sealed record Located<T>(T Value, SourceLocation At);
