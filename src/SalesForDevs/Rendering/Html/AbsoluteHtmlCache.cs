using System.Runtime.CompilerServices;

namespace SalesForDevs.Rendering.Html;

/// <summary>
/// Remembers <see cref="AbsoluteUrlRewriter"/> results between builds in one process (sfd serve). Keys are the post's
/// HTML itself, by identity: the markdown cache hands back the same body while a post is unchanged.
/// </summary>
internal sealed class AbsoluteHtmlCache
{
    private readonly ConditionalWeakTable<Markdown.Utf8Html, Entry> _entries = new();

    public string Rewrite(Markdown.Utf8Html html, Uri pageUrl)
    {
        if (_entries.TryGetValue(html, out var entry) && entry.PageUrl == pageUrl) return entry.Result;
        var result = AbsoluteUrlRewriter.Rewrite(html, pageUrl);
        _entries.AddOrUpdate(html, new Entry(pageUrl, result));
        return result;
    }

    private sealed record Entry(Uri PageUrl, string Result);
}
