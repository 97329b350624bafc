using System.Runtime.CompilerServices;

namespace SalesForDevs.Rendering.Html;

/// <summary>
/// Remembers <see cref="AbsoluteUrlRewriter"/> results between builds in one process (sfd serve). Keys are the post's
/// HTML string itself, by identity: the markdown cache hands back the same string while a post is unchanged.
/// </summary>
internal sealed class AbsoluteHtmlCache
{
    private readonly ConditionalWeakTable<string, Entry> _entries = new();

    public string Rewrite(string html, Uri pageUrl)
    {
        if (_entries.TryGetValue(html, out var entry) && entry.PageUrl == pageUrl) return entry.Result;
        var result = AbsoluteUrlRewriter.Rewrite(html, pageUrl);
        _entries.AddOrUpdate(html, new Entry(pageUrl, result));
        return result;
    }

    private sealed record Entry(Uri PageUrl, string Result);
}
