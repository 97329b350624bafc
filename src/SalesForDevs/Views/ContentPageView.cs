using System.ComponentModel;

namespace SalesForDevs.Views;

/// <summary><c>page</c> on a post or a standalone page: its rendered body, dates, tags and its links to other posts.</summary>
internal sealed record ContentPageView : PageView
{
    /// <param name="isPost">A post (dated, in the feeds); else a standalone page.</param>
    internal ContentPageView(bool isPost) => PageKind = isPost ? PageKind.Post : PageKind.Page;

    internal override PageKind PageKind { get; }

    /// <summary>The rendered body, as UTF-8: pages write these bytes (<see cref="Rendering.Templates.PageContentWrite"/>).</summary>
    internal Rendering.Markdown.Utf8Html Html { get; init; } = Rendering.Markdown.Utf8Html.Empty;

    /// <summary>The rendered body as text, made when a template reads it as a value (a statement of its own writes the bytes instead).</summary>
    public string Content => Html.ToString();
    /// <summary>A nested list of links to the body's headings when the post asks for a table of contents (toc: true), else "".</summary>
    public string Toc { get; init; } = "";
    public string Slug { get; init; } = "";
    public DateTime? Date { get; init; }
    public string DateIso { get; init; } = "";
    public string DateDisplay { get; init; } = "";
    public DateTime? Updated { get; init; }
    public string UpdatedIso { get; init; } = "";
    public string UpdatedDisplay { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<TagRef> Tags { get; init; } = [];
    /// <summary>On posts: the taxonomies of site.yml the post has terms in, each with those terms (shown under the tags).</summary>
    public IReadOnlyList<TaxonomyView> Taxonomies { get; init; } = [];
    /// <summary>On posts: its authors (site.yml <c>authors:</c>); empty when the site has none, and the byline is <c>site.author_name</c>.</summary>
    public IReadOnlyList<AuthorRef> Authors { get; init; } = [];
    public int ReadingMinutes { get; init; }
    public int WordCount { get; init; }
    public SeriesPlaceView? Series { get; init; }
    public IReadOnlyList<PostRef> BuildsOn { get; init; } = [];
    public IReadOnlyList<PostRef> PracticedIn { get; init; } = [];
    public IReadOnlyList<PostRef> PromisedIn { get; init; } = [];
    /// <summary>Posts that share the most with this one (builds_on links, series, tags), best first; empty on pages.</summary>
    public IReadOnlyList<PostRef> Related { get; init; } = [];
    /// <summary>"open" (show the provider's widget), "closed" (say so) or "none" (no provider, nothing shown): <see cref="Linking.CommentState"/> by name.</summary>
    [DefaultValue("none")]
    public string Comments { get; init; } = "none";
    public PostRef? Newer { get; init; }
    public PostRef? Older { get; init; }
    public bool IsDraft { get; init; }
    /// <summary>The free-form front matter <c>params</c>; other pages read them as empty.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = Yaml.YamlParams.Empty;
}
