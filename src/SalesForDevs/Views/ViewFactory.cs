using System.Globalization;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Views;

/// <summary>Turns graph nodes into the view records templates see. Views never expose domain objects to themes.</summary>
internal sealed class ViewFactory(SiteGraph graph, IReadOnlyDictionary<PostNode, RenderedMarkdown> rendered, UrlBuilder urls)
{
    public UrlBuilder Urls => urls;

    public string Summary(PostNode node)
    {
        ViewReads.Summary(node);
        return PostSummary.Of(node, rendered.GetValueOrDefault(node));
    }

    // A post is linked from many pages (lists, tags, neighbours, related posts); its link is the same on each within a
    // build, so it is made once. Each use still counts as a read of the summary for sfd serve.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<PostNode, PostRef> _refs = new(ReferenceEqualityComparer.Instance);

    public PostRef Ref(PostNode node)
    {
        if (!_refs.TryGetValue(node, out var link)) link = _refs.GetOrAdd(node, NewRef(node));
        ViewReads.Summary(node);
        return link;
    }

    private PostRef NewRef(PostNode node)
    {
        var date = node.Date;
        return new PostRef(node.Title, urls.Relative(node.Url), Summary(node), date?.DateTime, Iso(date), Display(date), node.State == PublishState.Future)
        {
            SeriesLabel = node.Series is { } s ? Strings.Text("series_part", ("section", SectionTitle(s.Section)), ("part", s.Part)) : "",
            // No new list for a post without authors: sfd serve compares these links between builds, and a list compares by identity.
            Authors = node.Authors.Count == 0 ? Array.Empty<AuthorRef>() : node.Authors.Select(Author).ToList(),
            Node = node,
        };
    }

    /// <summary>A future post as a promise: title and date only, never a link.</summary>
    public PostRef Promise(PostNode node) => Ref(node) with { Url = "", ComingSoon = true };

    public TagRef Tag(TermNode tag) => _tags.TryGetValue(tag, out var link) ? link : _tags.GetOrAdd(tag, new TagRef(tag.Name, tag.Slug, urls.Relative(tag.Url), tag.Posts.Count));

    // Like post links, a term's link is the same on every page of a build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<TermNode, TagRef> _tags = new(ReferenceEqualityComparer.Instance);

    /// <summary>Links to <paramref name="terms"/>, in order; no list made for none (most posts list a few terms).</summary>
    public IReadOnlyList<TagRef> Tags(IReadOnlyList<TermNode> terms)
    {
        if (terms.Count == 0) return Array.Empty<TagRef>();
        var links = new List<TagRef>(terms.Count);
        for (var i = 0; i < terms.Count; i++) links.Add(Tag(terms[i]));
        return links;
    }

    /// <summary>Links to <paramref name="nodes"/> (only the published ones when asked), in order; no list made for none.</summary>
    public IReadOnlyList<PostRef> Refs(IReadOnlyList<PostNode> nodes, bool publishedOnly)
    {
        if (nodes.Count == 0) return Array.Empty<PostRef>();
        var links = new List<PostRef>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
            if (!publishedOnly || nodes[i].IsPublished) links.Add(Ref(nodes[i]));
        return links;
    }

    public AuthorRef Author(TermNode author)
    {
        var profile = author.Author!;
        var avatar = profile.Avatar.Length == 0 ? "" : UrlBuilder.IsExternal(profile.Avatar) ? profile.Avatar : urls.Relative(profile.Avatar);
        return new AuthorRef(profile.Key, profile.Name, urls.Relative(author.Url), profile.Url, profile.Bio, avatar, author.Posts.Count);
    }

    /// <summary>A taxonomy with the given terms (a post's, or all of them).</summary>
    public TaxonomyView Taxonomy(Configuration.TaxonomyConfig taxonomy, IEnumerable<TermNode> terms) =>
        new(taxonomy.Key, taxonomy.Title, taxonomy.Singular, urls.Relative(taxonomy.Url), terms.Select(Tag).ToList());

    public SeriesPlaceView? SeriesPlace(PostNode node)
    {
        if (node.Series is not { } place) return null;
        var series = place.Series;
        var sectionTitle = SectionTitle(place.Section);
        var label = sectionTitle.Length > 0
            ? Strings.Text("series_place", ("series", series.Title), ("section", sectionTitle), ("part", place.Part), ("of", place.Of))
            : Strings.Text("series_place_unsectioned", ("series", series.Title), ("part", place.Part), ("of", place.Of));
        return new SeriesPlaceView(series.Title, urls.Relative(series.Url), place.Section, sectionTitle, place.Part, place.Of,
            place.PartInSection, place.OfInSection, label,
            place.Previous is null ? null : Ref(place.Previous), place.Next is null ? null : Ref(place.Next));
    }

    public static string SectionTitle(string section) =>
        section.Length == 0 ? "" : char.ToUpperInvariant(section[0]) + section[1..].Replace('-', ' ');

    public static string Iso(DateTimeOffset? date) =>
        date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A date as pages show it, in the site's language ("January 5, 2026").</summary>
    public string Display(DateTimeOffset? date) => Strings.Date(date);

    /// <summary>The words of the site's language.</summary>
    public Languages.Translations Strings => graph.Config.Strings;

    public IReadOnlyList<PostRef> Refs(IEnumerable<PostNode> nodes) => nodes.Select(Ref).ToList();

    public RenderedMarkdown? Rendered(PostNode node)
    {
        ViewReads.Body(node);
        return rendered.GetValueOrDefault(node);
    }

    /// <summary>The rendered markdown of every published post and page.</summary>
    public IReadOnlyDictionary<PostNode, RenderedMarkdown> AllRendered => rendered;

    public SiteGraph Graph => graph;
}
