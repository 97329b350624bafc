using SalesForDevs.Content;

namespace SalesForDevs.Linking;

/// <summary>A post or page placed in the site: its URL, output file, state, and its links to other posts.</summary>
internal sealed class PostNode
{
    internal PostNode(ContentItem item, string url, string outputPath, PublishState state)
    {
        Item = item;
        Url = url;
        OutputPath = outputPath;
        State = state;
    }

    /// <summary>The file's parse. sfd serve puts in a new one when only the body changed (<see cref="GraphCache"/>): every link stays valid.</summary>
    public ContentItem Item { get; internal set; }
    /// <summary>Site-root-relative URL without the base path, e.g. /2026/01/the-ask/.</summary>
    public string Url { get; }
    /// <summary>Output file relative to the site root, e.g. 2026/01/the-ask/index.html.</summary>
    public string OutputPath { get; }
    public PublishState State { get; }
    public bool IsPublished => State == PublishState.Published;
    /// <summary>Published only because this build shows drafts or future posts (--drafts, --future): subscribers never get it.</summary>
    public bool IsPreview { get; internal init; }
    public bool IsPost => Item.Kind == ContentKind.Post;
    public string Slug => Item.Slug;
    public string Title => Item.Title;
    public DateTimeOffset? Date => Item.Date;

    // Typed front matter, with the site's defaults applied, so later stages never read raw front matter.
    /// <summary>The layout that renders it: front matter's <c>layout</c>, else post or page.</summary>
    public string Layout { get; internal init; } = "";
    /// <summary>When it last changed meaningfully (front matter <c>updated</c>).</summary>
    public DateTimeOffset? Updated { get; internal init; }
    /// <summary>Front matter's <c>summary</c>; null means the rendered excerpt.</summary>
    public string? Summary { get; internal init; }
    /// <summary>Its own link-preview image as written (site-root path, path beside the page, or absolute URL), or null.</summary>
    public string? Image { get; internal init; }
    public string? ImageAlt { get; internal init; }
    /// <summary>Whether the page shows a table of contents: front matter's <c>toc</c>, else the site's.</summary>
    public bool ShowsToc { get; internal init; }
    public CommentState Comments { get; internal init; }
    /// <summary>Front matter's <c>id</c>: the name it keeps in feeds when its slug changes, or a whole entry id when a URI; null means the slug.</summary>
    public string? FeedId { get; internal init; }
    /// <summary>Front matter's free-form <c>params</c> for the theme (empty when none).</summary>
    public IReadOnlyDictionary<string, object?> Params { get; internal init; } = Yaml.YamlParams.Empty;
    public bool IsDraft => Item.IsDraft;

    public SeriesPlace? Series { get; internal set; }
    /// <summary>Earlier posts this one puts into practice (front matter builds_on), in the order given.</summary>
    public IReadOnlyList<PostNode> BuildsOn { get; internal set; } = [];
    /// <summary>Later published posts whose builds_on names this one, oldest first: filled in by inverting builds_on.</summary>
    public IReadOnlyList<PostNode> PracticedIn { get; internal set; } = [];
    /// <summary>Later posts that build on this one but are not out yet (future-dated): promises the site can announce.</summary>
    public IReadOnlyList<PostNode> PromisedIn { get; internal set; } = [];
    public IReadOnlyList<TermNode> Tags { get; internal set; } = [];
    /// <summary>Its terms in the taxonomies site.yml declares, by taxonomy key; a taxonomy it has no term in is absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TermNode>> Terms { get; internal set; } = new Dictionary<string, IReadOnlyList<TermNode>>();
    /// <summary>Its authors from site.yml's <c>authors:</c>, in the order the front matter names them; empty when the site has none.</summary>
    public IReadOnlyList<TermNode> Authors { get; internal set; } = [];
    /// <summary>Other published posts that share the most with this one, best first (<c>related</c> in site.yml).</summary>
    public IReadOnlyList<PostNode> Related { get; internal set; } = [];
    /// <summary>Chronological neighbours among published posts.</summary>
    public PostNode? Newer { get; internal set; }
    public PostNode? Older { get; internal set; }

    public override string ToString() => Item.SourcePath;
}
