using SalesForDevs.Caching;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Content;

/// <summary>
/// Parsed files kept between builds in one process (sfd serve): a file whose text did not change is not parsed again,
/// and, when the caller knows which files changed since the last build (<see cref="StartBuild"/>), a file that did not
/// change is not even read. Only files that parsed cleanly are kept, so a broken file reports its errors on every
/// build. A file whose body changed but whose front matter did not keeps its <see cref="FrontMatter"/> object, which
/// tells later stages that nothing the site's structure is made from changed. A complete build forgets the files it
/// did not ask for (<see cref="KeptEntries{TKey, TValue}"/>).
/// </summary>
internal sealed class ContentCache : IContentParser
{
    private readonly KeptEntries<string, Entry> _items = new(StringComparer.Ordinal);
    private IReadOnlySet<string>? _changed;
    private ContentListing? _listing;
    private ContentListing? _listed;
    private int _read;
    // The items of the last complete build that reported nothing in this stage, with its listing; and of the build running.
    private KeptItems? _lastItems, _nextItems;

    /// <summary>Files read from disk since the last <see cref="StartBuild"/>.</summary>
    public int FilesRead => Volatile.Read(ref _read);

    /// <summary>
    /// The last complete build's listing when every changed path is a markdown file it lists that still exists (a file
    /// saved again); a new, deleted or renamed file, or anything unknown, needs a new walk of the folders.
    /// </summary>
    public ContentListing List(Func<ContentListing> walk)
    {
        if (_changed is not null && _listing is { } kept && _changed.All(path => !IsListed(path) || IsSavedAgain(kept, path)))
            return _listed = kept;
        return _listed = walk();
    }

    private static bool IsSavedAgain(ContentListing listing, string path) =>
        listing.Files.FirstOrDefault(f => f.SitePath == path) is { } file && File.Exists(file.FullPath);

    /// <summary>Whether a site path is one a listing of content/posts and content/pages would hold or be changed by.</summary>
    private static bool IsListed(string path) =>
        path.StartsWith(ContentLoader.ContentFolder + "/posts/", StringComparison.Ordinal) || path.StartsWith(ContentLoader.ContentFolder + "/pages/", StringComparison.Ordinal)
        || path is ContentLoader.ContentFolder or ContentLoader.ContentFolder + "/posts" or ContentLoader.ContentFolder + "/pages";

    public ContentItem? Load(string fullPath, string path, ContentKind kind, DiagnosticBag diagnostics)
    {
        if (_changed is not null && !_changed.Contains(path) && _items.TryGet(path, out var kept) && kept.Item.Kind == kind) return kept.Item;
        Interlocked.Increment(ref _read);
        var text = SourceText.Read(fullPath, path, diagnostics);
        return text is null ? null : Parse(text, path, kind, diagnostics);
    }

    public ContentItem? Parse(string text, string path, ContentKind kind, DiagnosticBag diagnostics)
    {
        var had = _items.TryGet(path, out var kept);
        if (had && kept!.Text == text && kept.Item.Kind == kind) return kept.Item;
        var local = new DiagnosticBag();
        var item = ContentLoader.Parse(text, path, kind, local);
        foreach (var d in local.Sorted()) diagnostics.Add(d);
        if (item is null || local.HasErrors)
        {
            _items.Remove(path);
            return item;
        }
        var frontMatter = FrontMatterSplitter.Split(text).FrontMatter;
        // The same front matter text parses to the same values: keeping the object lets the outputs stage see by
        // identity that only the body changed.
        if (had && kept!.Item.Kind == kind && kept.FrontMatterText == frontMatter) item = item with { FrontMatter = kept.Item.FrontMatter };
        _items.Set(path, new Entry(text, frontMatter, item));
        return item;
    }

    /// <summary>
    /// With the last complete build's listing, and every changed path one of its files, that build's items with only the
    /// changed files loaded again: the work of a save does not grow with the site. Otherwise <paramref name="loadEach"/>.
    /// </summary>
    public IReadOnlyList<ContentItem> LoadAll(ContentListing listing, DiagnosticBag diagnostics, Func<IReadOnlyList<ContentItem>> loadEach,
        Func<ContentFile, ContentItem?> loadOne)
    {
        var before = diagnostics.Sorted().Count;
        var items = _changed is not null && _lastItems is { } last && ReferenceEquals(last.Listing, listing) ? last.Patched(_changed, loadOne) : null;
        if (items is not null) _items.KeepUnused();
        items ??= loadEach();
        // Messages about a file are reported on every build: a build that reported any is no base for the next.
        _nextItems = diagnostics.Sorted().Count == before ? new KeptItems(listing, items) : null;
        return items;
    }

    /// <param name="changed">
    /// The site-relative paths of the files changed since the last complete build, when the caller knows them (sfd
    /// serve's watcher); null to read every file and compare its text.
    /// </param>
    public void StartBuild(IReadOnlySet<string>? changed = null)
    {
        _items.StartBuild();
        _changed = changed;
        _listed = null;
        _nextItems = null;
        Interlocked.Exchange(ref _read, 0);
    }

    /// <summary>Forgets files the build did not read (deleted or renamed), so they do not stay in memory.</summary>
    public void FinishBuild()
    {
        // Only a complete build's listing is kept: it walked the folders without an error.
        _listing = _listed;
        _lastItems = _nextItems;
        _items.FinishBuild();
    }

    /// <summary>One build's items, in order, with the listing they were loaded from.</summary>
    private sealed class KeptItems(ContentListing listing, IReadOnlyList<ContentItem> items)
    {
        private Dictionary<string, int>? _indexOf;

        public ContentListing Listing => listing;

        /// <summary>A copy with the changed files loaded again; null when a changed path is not one of the items' files.</summary>
        public IReadOnlyList<ContentItem>? Patched(IReadOnlySet<string> changed, Func<ContentFile, ContentItem?> loadOne)
        {
            var indexOf = _indexOf ??= Index(items);
            var files = listing.Files.Where(f => changed.Contains(f.SitePath)).ToDictionary(f => f.SitePath, StringComparer.Ordinal);
            if (files.Count != changed.Count || !changed.All(indexOf.ContainsKey)) return null;
            var patched = items.ToArray<ContentItem?>();
            foreach (var (path, file) in files) patched[indexOf[path]] = loadOne(file);
            // A file that no longer parses is left out, as a full load leaves it out (its errors stop the build).
            return patched.Contains(null) ? patched.OfType<ContentItem>().ToList() : patched!;
        }

        private static Dictionary<string, int> Index(IReadOnlyList<ContentItem> items)
        {
            var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++) index[items[i].SourcePath] = i;
            return index;
        }
    }

    private sealed record Entry(string Text, string? FrontMatterText, ContentItem Item);
}
