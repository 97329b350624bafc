using System.Collections.Concurrent;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Content;

/// <summary>
/// Parsed files kept between builds in one process (sfd serve): a file whose text did not change is not parsed again.
/// Only files that parsed cleanly are kept, so a broken file reports its errors on every build. Between
/// <see cref="StartBuild"/> and <see cref="FinishBuild"/> it notes the files a build read, and then forgets the others.
/// </summary>
internal sealed class ContentCache : IContentParser
{
    private readonly ConcurrentDictionary<string, (string Text, ContentItem Item)> _items = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    public ContentItem? Parse(string text, string path, ContentKind kind, DiagnosticBag diagnostics)
    {
        _used[path] = 0;
        if (_items.TryGetValue(path, out var kept) && kept.Text == text && kept.Item.Kind == kind) return kept.Item;
        var local = new DiagnosticBag();
        var item = ContentLoader.Parse(text, path, kind, local);
        foreach (var d in local.Sorted()) diagnostics.Add(d);
        if (item is not null && !local.HasErrors) _items[path] = (text, item);
        else _items.TryRemove(path, out _);
        return item;
    }

    public void StartBuild() => _used = new(StringComparer.Ordinal);

    /// <summary>Forgets files the build did not read (deleted or renamed), so they do not stay in memory.</summary>
    public void FinishBuild()
    {
        foreach (var path in _items.Keys.Where(p => !_used.ContainsKey(p)).ToList()) _items.TryRemove(path, out _);
    }
}
