using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SalesForDevs.Caching;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// Rendered pages kept between builds in one process (sfd serve), by output path. A page is rendered again only when
/// what its template sees changed: its layout, its <c>page</c> and <c>paginator</c> data, and, for every page at once,
/// the theme's templates and the shared <c>site</c> data. Editing one post therefore re-renders that post, its
/// neighbours, the lists that show it and the series page, and nothing else.
/// <para>
/// Comparing a page's data means building its view, which at 10,000 posts costs more than the rest of a rebuild. So
/// when the graph is the very one the last build used (linking kept it: only post bodies changed) and the shared data
/// is the same, the only news is in rendered markdown: then a page is looked at only when its view read the body of a
/// post whose rendered markdown changed, or the summary of one whose summary changed (<see cref="ViewReads"/>, noted
/// when the view was last built), and every other page is reused as it is. In any other case every page's view is
/// compared.
/// </para>
/// </summary>
internal sealed class PageRenderCache
{
    // The pages of the last complete build; a build notes those it reuses, and forgets the others when it completes.
    private readonly KeptEntries<string, Kept> _pages = new(StringComparer.Ordinal);
    // Pages the running build made or looked at again: kept only if it completes, so a build that fails never leaves
    // a page the next one would reuse unseen.
    private ConcurrentDictionary<string, Kept> _next = new(StringComparer.Ordinal);
    // The graph and rendered markdown of the last complete build, and of the one running.
    private (SiteGraph Graph, IReadOnlyDictionary<PostNode, RenderedMarkdown> Rendered)? _previousInputs;
    private (SiteGraph Graph, IReadOnlyDictionary<PostNode, RenderedMarkdown> Rendered)? _nextInputs;
    // With the same graph and shared data: what changed in rendered markdown. Null: every page's view is compared.
    private BodyChanges? _pageChanges;
    // Nodes retitled under a kept graph since the last complete build.
    private readonly HashSet<PostNode> _retitled = [];
    private Theme? _keyedTheme;
    private string _themeKey = "";
    // What the kept theme's templates read of `site` (null: anything).
    private IReadOnlySet<string>? _siteReads;
    private string _siteKey = "";
    private bool _started;
    private int _viewsCompared;

    /// <summary>Pages reused since the last build started.</summary>
    public int Hits => _pages.Hits;

    /// <summary>Pages rendered since the last build started.</summary>
    public int Misses => _pages.Misses;

    /// <summary>Pages whose view was built to compare it since the last build started (the others were reused unseen).</summary>
    public int ViewsCompared => Volatile.Read(ref _viewsCompared);

    /// <summary>
    /// Set when the build's pages start: when its graph is the last complete build's (so nothing but post bodies changed
    /// since), which posts' rendered markdown and summaries changed; null otherwise.
    /// </summary>
    public BodyChanges? Changes { get; private set; }

    /// <summary>The running build's graph and rendered markdown, once its pages started; null before.</summary>
    public (SiteGraph Graph, IReadOnlyDictionary<PostNode, RenderedMarkdown> Rendered)? Inputs => _started ? _nextInputs : null;

    /// <summary>The rendered markdown of the last complete build (compared by identity), or null.</summary>
    public IReadOnlyDictionary<PostNode, RenderedMarkdown>? LastRendered => _previousInputs?.Rendered;

    /// <summary>Starts a build: forgets every page when the theme, the shared site data or the language's strings changed.</summary>
    public void BeginBuild(Theme theme, SiteView site, Languages.Translations strings, ViewFactory views)
    {
        // The theme first: what it reads of `site` decides what of it the key holds.
        var themeKey = ThemeKey(theme);
        var key = Hash(themeKey + "\n" + JsonSerializer.Serialize(AsRead(site), ViewJson.Options) + "\n" + strings.Fingerprint);
        var sameSite = key == _siteKey;
        _pages.StartBuild();
        if (!sameSite) _pages.Clear();
        _siteKey = key;
        _next.Clear();
        _nextInputs = (views.Graph, views.AllRendered);
        Changes = _previousInputs is { } before && ReferenceEquals(before.Graph, views.Graph) ? BodyChanges.Between(before.Rendered, views.AllRendered, _retitled) : null;
        _pageChanges = sameSite ? Changes : null;
        _viewsCompared = 0;
        _started = true;
    }

    /// <summary>
    /// Linking kept the graph and these nodes got a new title: their links on other pages change with no change to their
    /// rendered markdown. Builds that fail add up, so the nodes are those retitled since the last complete build.
    /// </summary>
    public void NodesRetitled(IEnumerable<PostNode> nodes) => _retitled.UnionWith(nodes);

    /// <summary>Resets the counts at the start of a build that may stop before its pages.</summary>
    public void ResetCounts()
    {
        _pages.StartBuild();
        _viewsCompared = 0;
        _started = false;
        Changes = null;
    }

    /// <summary>The page's HTML from an earlier build with the same inputs, or a fresh render (kept for next time).</summary>
    public string? GetOrRender(string path, string layout, PostNode? node, Func<PageData> makeData, Func<PageData, string?> render)
    {
        var known = _pages.TryGet(path, out var kept) && kept.Layout == layout;
        if (known && _pageChanges is { } changes && !kept!.Reads.Touches(changes.Bodies, changes.Summaries, changes.Retitled))
        {
            _pages.CountHit();
            return kept.Html;
        }

        Interlocked.Increment(ref _viewsCompared);
        var data = ViewReads.Record(makeData, out var reads);
        var view = data.View;
        // A page whose templates read no tag's count (a post shows its tags' names) is keyed without counts, so that a
        // new post does not re-render every post that shares one of its tags.
        var withCounts = !known || kept!.Reads.CountsShown != false;
        var key = Key(layout, data, withCounts);
        if (known && kept!.Key == key)
        {
            _pages.CountHit();
            var graph = _nextInputs!.Value.Graph;
            reads.KeepShown(kept.Reads, node => graph.BySource.GetValueOrDefault(node.Item.SourcePath));
            _next[path] = kept with { Reads = reads };
            return kept.Html;
        }
        _pages.CountMiss();
        var html = reads.RecordShown(() => render(data));
        if (reads.CountsShown != withCounts) key = Key(layout, data, reads.CountsShown != false);
        if (html is not null) _next[path] = new Kept(layout, key, html, reads);
        return html;
    }

    /// <summary>
    /// Ends a build that rendered its pages: what it produced is what the next build compares with, and pages it did not
    /// produce (posts deleted, lists gone) are forgotten.
    /// </summary>
    public void EndBuild()
    {
        if (!_started) return;
        _started = false;
        foreach (var (path, page) in _next) _pages.Set(path, page);
        _next.Clear();
        _pages.FinishBuild();
        _previousInputs = _nextInputs;
        _retitled.Clear();
    }

    /// <param name="withCounts">Whether tags' counts are part of the key (see <see cref="ViewReads.CountsShown"/>).</param>
    private UInt128 Key(string layout, PageData data, bool withCounts) =>
        // A post's HTML is large; the markdown cache hands back the very same body while the post is unchanged,
        // so the key names that body by identity instead of hashing its text for every page of every build.
        data.View is ContentPageView post
            ? PageKey.Of(layout, ContentId(post.Html), post with { Html = Rendering.Markdown.Utf8Html.Empty }, data.Paginator, withCounts)
            : PageKey.Of(layout, "", data.View, data.Paginator, withCounts);

    /// <summary>The templates' names and text, made once per loaded theme (sfd serve keeps the theme while its files are unchanged).</summary>
    private string ThemeKey(Theme theme)
    {
        if (!ReferenceEquals(theme, _keyedTheme))
        {
            _themeKey = Hash(string.Join('\n', theme.Templates.Values.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name + "\n" + t.Source)));
            _siteReads = SiteReads.Of(theme);
            _keyedTheme = theme;
        }
        return _themeKey;
    }

    /// <summary>
    /// The shared data as the theme sees it: the members that posts fill in (recent posts, tags, series, taxonomies,
    /// authors) are left out of the key when no template reads them, so a new post or a retitled one does not make
    /// every page look changed to a theme that never shows those lists.
    /// </summary>
    private SiteView AsRead(SiteView site)
    {
        if (_siteReads is not { } reads) return site;
        return site with
        {
            RecentPosts = reads.Contains("recent_posts") ? site.RecentPosts : [],
            Tags = reads.Contains("tags") ? site.Tags : [],
            Taxonomies = reads.Contains("taxonomies") ? site.Taxonomies : [],
            Authors = reads.Contains("authors") ? site.Authors : [],
            Series = reads.Contains("series") ? site.Series : [],
            SeriesStarts = reads.Contains("series_starts") ? site.SeriesStarts : [],
        };
    }

    private readonly ConditionalWeakTable<Rendering.Markdown.Utf8Html, string> _contentIds = new();
    private long _nextContentId;

    private string ContentId(Rendering.Markdown.Utf8Html content) =>
        content.IsEmpty ? "" : _contentIds.GetValue(content, _ => "content#" + Interlocked.Increment(ref _nextContentId));

    // Keys live only in this process and only tell contents apart: no need for a cryptographic hash (and OpenSSL).
    private static string Hash(string text) => Convert.ToHexString(XxHash128.Hash(MemoryMarshal.AsBytes(text.AsSpan())));

    /// <param name="Reads">The posts whose body or summary the page's view was built from.</param>
    private sealed record Kept(string Layout, UInt128 Key, string Html, ViewReads Reads);
}
