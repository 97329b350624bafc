using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// Rendered pages kept between builds in one process (sfd serve). A page is rendered again only when what its
/// template sees changed: its layout, its <c>page</c> and <c>paginator</c> data, and, for every page at once, the
/// theme's templates and the shared <c>site</c> data. Editing one post therefore re-renders that post, its neighbours,
/// the lists that show it and the series page, and nothing else.
/// </summary>
internal sealed class PageRenderCache
{
    private ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private string _siteKey = "";
    private bool _started;
    private int _hits;
    private int _misses;

    public int Hits => Volatile.Read(ref _hits);
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>Starts a build: forgets every page when the theme, the shared site data or the language's strings changed.</summary>
    public void BeginBuild(Theme theme, SiteView site, Languages.Translations strings)
    {
        var key = Hash(string.Join('\n', theme.Templates.Values.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name + "\n" + t.Source)) + JsonSerializer.Serialize(site, ViewJson.Options)
            + "\n" + strings.Fingerprint);
        if (key != _siteKey) _pages = new(StringComparer.Ordinal);
        _siteKey = key;
        _used = new(StringComparer.Ordinal);
        _hits = _misses = 0;
        _started = true;
    }

    /// <summary>Resets the counts at the start of a build that may stop before its pages.</summary>
    public void ResetCounts() => _hits = _misses = 0;

    /// <summary>The page's HTML from an earlier build with the same inputs, or a fresh render (kept for next time).</summary>
    public string? GetOrRender(string layout, PageView page, PaginatorView? paginator, Func<string?> render)
    {
        // A post's HTML is large; the markdown cache hands back the very same string while the post is unchanged,
        // so the key names that string by identity instead of hashing its text for every page of every build.
        var key = Hash(layout + "\n" + ViewJson.Serialize(page is ContentPageView post ? post with { Content = ContentId(post.Content) } : page) + "\n" + JsonSerializer.Serialize(paginator, ViewJson.Options));
        _used[key] = 0;
        if (_pages.TryGetValue(key, out var html))
        {
            Interlocked.Increment(ref _hits);
            return html;
        }
        Interlocked.Increment(ref _misses);
        html = render();
        if (html is not null) _pages[key] = html;
        return html;
    }

    /// <summary>Ends a build that rendered its pages: drops pages no longer produced, so the cache holds one site's worth of pages.</summary>
    public void EndBuild()
    {
        if (!_started) return;
        _started = false;
        foreach (var key in _pages.Keys.Where(k => !_used.ContainsKey(k)).ToList()) _pages.TryRemove(key, out _);
    }

    private readonly ConditionalWeakTable<string, string> _contentIds = new();
    private long _nextContentId;

    private string ContentId(string content) =>
        content.Length == 0 ? "" : _contentIds.GetValue(content, _ => "content#" + Interlocked.Increment(ref _nextContentId));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
