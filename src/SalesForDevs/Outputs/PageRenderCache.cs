using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
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
/// when the caller knows that only content files changed (<see cref="OnlyContentChanged"/>), and every post and page
/// still has the same front matter object, state and link data (<see cref="PostRef"/>: what other pages show of it),
/// nothing that any other page shows has changed: then only the pages of posts whose rendered body changed are
/// looked at, and every other page is reused as it is. In any other case every page's view is compared.
/// </para>
/// </summary>
internal sealed class PageRenderCache
{
    private Dictionary<string, Kept> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Kept> _next = new(StringComparer.Ordinal);
    private List<Face>? _previousFaces;
    private List<Face>? _nextFaces;
    private HashSet<PostNode>? _changedNodes;
    private string _siteKey = "";
    private bool _started;
    private int _hits;
    private int _misses;
    private int _viewsCompared;

    /// <summary>Pages reused since the last build started.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Pages rendered since the last build started.</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>Pages whose view was built to compare it since the last build started (the others were reused unseen).</summary>
    public int ViewsCompared => Volatile.Read(ref _viewsCompared);

    /// <summary>Set before a build: whether only markdown files under content/ changed since the last complete build.</summary>
    public bool OnlyContentChanged { get; set; }

    /// <summary>Starts a build: forgets every page when the theme, the shared site data or the language's strings changed.</summary>
    public void BeginBuild(Theme theme, SiteView site, Languages.Translations strings, ViewFactory views)
    {
        var key = Hash(string.Join('\n', theme.Templates.Values.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name + "\n" + t.Source)) + JsonSerializer.Serialize(site, ViewJson.Options)
            + "\n" + strings.Fingerprint);
        if (key != _siteKey) _previous = new(StringComparer.Ordinal);
        var sameSite = key == _siteKey;
        _siteKey = key;
        _next = new(StringComparer.Ordinal);
        _nextFaces = Faces(views);
        _changedNodes = sameSite && OnlyContentChanged ? ChangedBodies(_previousFaces, _nextFaces) : null;
        _hits = _misses = _viewsCompared = 0;
        _started = true;
    }

    /// <summary>Resets the counts at the start of a build that may stop before its pages.</summary>
    public void ResetCounts() => _hits = _misses = _viewsCompared = 0;

    /// <summary>The page's HTML from an earlier build with the same inputs, or a fresh render (kept for next time).</summary>
    public string? GetOrRender(string path, string layout, PostNode? node, Func<PageView> makeView, PaginatorView? paginator, Func<PageView, string?> render)
    {
        var known = _previous.TryGetValue(path, out var kept) && kept.Layout == layout;
        if (known && _changedNodes is not null && (node is null || !_changedNodes.Contains(node))) return Reuse(path, kept!);

        Interlocked.Increment(ref _viewsCompared);
        var view = makeView();
        // A post's HTML is large; the markdown cache hands back the very same string while the post is unchanged,
        // so the key names that string by identity instead of hashing its text for every page of every build.
        var key = Hash(layout + "\n" + ViewJson.Serialize(view is ContentPageView post ? post with { Content = ContentId(post.Content) } : view) + "\n" + JsonSerializer.Serialize(paginator, ViewJson.Options));
        if (known && kept!.Key == key) return Reuse(path, kept);
        Interlocked.Increment(ref _misses);
        var html = render(view);
        if (html is not null) _next[path] = new Kept(layout, key, html);
        return html;
    }

    private string Reuse(string path, Kept kept)
    {
        Interlocked.Increment(ref _hits);
        _next[path] = kept;
        return kept.Html;
    }

    /// <summary>Ends a build that rendered its pages: what it produced is what the next build compares with.</summary>
    public void EndBuild()
    {
        if (!_started) return;
        _started = false;
        _previous = new Dictionary<string, Kept>(_next, StringComparer.Ordinal);
        _previousFaces = _nextFaces;
        _next = new(StringComparer.Ordinal);
    }

    /// <summary>What other pages can show of each post and page, in the graph's order.</summary>
    private static List<Face> Faces(ViewFactory views)
    {
        var graph = views.Graph;
        var faces = new List<Face>(graph.Posts.Count + graph.Pages.Count);
        foreach (var node in graph.Posts.Concat(graph.Pages))
            faces.Add(new Face(node, node.Item.FrontMatter, node.State, node.Url, node.Layout, views.Ref(node), views.Rendered(node)));
        return faces;
    }

    /// <summary>
    /// The posts and pages whose rendered body is not the one the last build rendered, when nothing else that pages
    /// show changed; null when something did (a post added, removed, moved or retitled; front matter; a state).
    /// </summary>
    private static HashSet<PostNode>? ChangedBodies(List<Face>? before, List<Face> now)
    {
        if (before is null || before.Count != now.Count) return null;
        var changed = new HashSet<PostNode>();
        for (var i = 0; i < now.Count; i++)
        {
            var (a, b) = (before[i], now[i]);
            if (a.Node.Item.SourcePath != b.Node.Item.SourcePath || !ReferenceEquals(a.FrontMatter, b.FrontMatter) || a.State != b.State
                || a.Url != b.Url || a.Layout != b.Layout || !a.Ref.Equals(b.Ref))
                return null;
            if (!ReferenceEquals(a.Rendered, b.Rendered)) changed.Add(b.Node);
        }
        return changed;
    }

    private readonly ConditionalWeakTable<string, string> _contentIds = new();
    private long _nextContentId;

    private string ContentId(string content) =>
        content.Length == 0 ? "" : _contentIds.GetValue(content, _ => "content#" + Interlocked.Increment(ref _nextContentId));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed record Kept(string Layout, string Key, string Html);

    private sealed record Face(PostNode Node, object FrontMatter, PublishState State, string Url, string Layout, PostRef Ref, RenderedMarkdown? Rendered);
}
