using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// The last graph linked without errors, kept between builds in one process (sfd serve). When the caller knows that
/// only post and page markdown changed since (<see cref="StartBuild"/>), and every file still has the same parsed front
/// matter (the content cache keeps the object while the front matter's text is unchanged) or one equal to it in all but
/// the title, and the same kind, slug, date, bundle and publish state, then nothing linking reads changed: the kept graph
/// is used again, each edited node gets its new item (a new body, or a new title: <see cref="Retitled"/>), and linking's
/// warnings are reported again. Anything else links anew.
/// <para>
/// Later stages can tell by the graph's identity that the site's structure is the last build's: only bodies changed.
/// </para>
/// </summary>
internal sealed class GraphCache : IGraphLinker
{
    private SiteGraph? _graph;
    private IReadOnlyList<Diagnostic> _reported = [];
    private bool _mayReuse;

    /// <summary>Whether the last build used the kept graph instead of linking.</summary>
    public bool Reused { get; private set; }

    /// <summary>When <see cref="Reused"/>: the nodes that got a new item (an edited body); every other node's item is the last build's.</summary>
    public IReadOnlyList<PostNode> Edited { get; private set; } = [];

    /// <summary>When <see cref="Reused"/>: the edited nodes whose front matter changed too (only in its title).</summary>
    public IReadOnlyList<PostNode> Retitled { get; private set; } = [];

    /// <param name="onlyMarkdownChanged">
    /// Only markdown files of posts and pages changed since the last build (as a watcher saw it); false when anything
    /// else may have changed (site.yml, i18n, a theme, or files nobody reported).
    /// </param>
    public void StartBuild(bool onlyMarkdownChanged)
    {
        _mayReuse = onlyMarkdownChanged;
        Reused = false;
        Edited = [];
        Retitled = [];
    }

    public SiteGraph Link(Configuration.SiteConfig config, IReadOnlyList<ContentItem> items, PublishRules rules, DiagnosticBag diagnostics)
    {
        if (_mayReuse && _graph is { } kept && NewItems(kept, items, rules) is { } edited)
        {
            foreach (var (node, item, _) in edited) node.Item = item;
            foreach (var d in _reported) diagnostics.Add(d);
            Reused = true;
            Edited = edited.Select(e => e.Node).ToList();
            Retitled = edited.Where(e => e.Retitled).Select(e => e.Node).ToList();
            return kept;
        }
        var local = new DiagnosticBag();
        var graph = SiteLinker.Link(config, items, rules, local);
        _reported = local.Sorted();
        foreach (var d in _reported) diagnostics.Add(d);
        _graph = local.HasErrors ? null : graph;
        return graph;
    }

    /// <summary>The nodes whose item is new, with it; null when any item differs in something linking reads.</summary>
    private static List<(PostNode Node, ContentItem Item, bool Retitled)>? NewItems(SiteGraph graph, IReadOnlyList<ContentItem> items, PublishRules rules)
    {
        if (items.Count != graph.BySource.Count) return null;
        var edited = new List<(PostNode, ContentItem, bool)>();
        foreach (var item in items)
        {
            if (!graph.BySource.TryGetValue(item.SourcePath, out var node)) return null;
            // The build's time moves on: a post whose date has come is published now.
            var state = rules.StateOf(item);
            if (state != node.State || (state == PublishState.Published && rules.IsPreview(item)) != node.IsPreview) return null;
            if (ReferenceEquals(node.Item, item)) continue;
            if (!SameLinks(node.Item, item)) return null;
            var retitled = !SameParse(node.Item.FrontMatter, item.FrontMatter);
            if (retitled && !TitleLinksNothing(node)) return null;
            edited.Add((node, item, retitled));
        }
        return edited;
    }

    private static bool SameLinks(ContentItem a, ContentItem b) =>
        a.Kind == b.Kind && a.Slug == b.Slug && SameDate(a.Date, b.Date) && SameBundle(a.Bundle, b.Bundle)
        && (SameParse(a.FrontMatter, b.FrontMatter) || FrontMatterEquality.AllButTitle(a.FrontMatter, b.FrontMatter));

    /// <summary>
    /// Linking reads a title only to order the parts of a series that share a date: any other node keeps its place
    /// when its title changes.
    /// </summary>
    private static bool TitleLinksNothing(PostNode node) =>
        node.Series is not { } place || !place.Series.Sections.SelectMany(s => s.Posts).Any(p => p != node && SameDate(p.Date, node.Date));

    /// <summary>
    /// The same parse of the same front matter text. Terms of site.yml's taxonomies are filled into a copy on every build
    /// (<see cref="TaxonomyTerms"/>), which keeps the parse's own list of those keys.
    /// </summary>
    private static bool SameParse(FrontMatter a, FrontMatter b) =>
        ReferenceEquals(a, b)
        || (a.OtherKeys.Count > 0 && ReferenceEquals(a.OtherKeys, b.OtherKeys) && a.Terms.Count == b.Terms.Count
            && a.Terms.All(t => b.Terms.TryGetValue(t.Key, out var other) && t.Value.SequenceEqual(other, StringComparer.Ordinal)));

    private static bool SameDate(DateTimeOffset? a, DateTimeOffset? b) => a is { } x ? b is { } y && x.EqualsExact(y) : b is null;

    private static bool SameBundle(Content.Bundles.PageBundle? a, Content.Bundles.PageBundle? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Folder == b.Folder && a.Files.SequenceEqual(b.Files, StringComparer.Ordinal));
}
