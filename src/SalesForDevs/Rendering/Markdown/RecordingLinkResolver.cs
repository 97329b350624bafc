namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Passes link questions on to another resolver and remembers each answer, so a cached render can later
/// ask the current resolver the same questions and be reused only if every answer is still the same.
/// </summary>
internal sealed class RecordingLinkResolver(ILinkResolver inner) : ILinkResolver
{
    private readonly List<(string From, string Path, string? Fragment, LinkTarget Target)> _contentLinks = [];
    private readonly List<(string Url, string Result)> _rootLinks = [];
    private readonly List<(string From, string Url, string? Result)> _bundleLinks = [];
    private readonly List<(string From, string Url, Extensions.Images.PublishedImage? Result)> _images = [];
    private (bool Asked, Configuration.ImagesConfig? Value) _imageSettings;
    private readonly Lock _lock = new();

    public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment)
    {
        var target = inner.ResolveContentLink(fromSourcePath, path, fragment);
        lock (_lock) _contentLinks.Add((fromSourcePath, path, fragment, target));
        return target;
    }

    public string RootRelative(string url)
    {
        var result = inner.RootRelative(url);
        lock (_lock) _rootLinks.Add((url, result));
        return result;
    }

    // A page bundle's files: without passing these on, sfd serve would leave relative links to them as written.
    public string? BundleFileUrl(string fromSourcePath, string url)
    {
        var result = inner.BundleFileUrl(fromSourcePath, url);
        lock (_lock) _bundleLinks.Add((fromSourcePath, url, result));
        return result;
    }

    // Image sizes are read from the files; the cache keys on the body, so an image edited alone keeps its old size until the post changes.
    public string? ImageFile(string fromSourcePath, string url) => inner.ImageFile(fromSourcePath, url);

    // Responsive images: without passing these on, sfd serve would show images without the srcset sfd build writes.
    public Extensions.Images.PublishedImage? PublishedImage(string fromSourcePath, string url)
    {
        var result = inner.PublishedImage(fromSourcePath, url);
        lock (_lock) _images.Add((fromSourcePath, url, result));
        return result;
    }

    public Configuration.ImagesConfig? ImageSettings
    {
        get
        {
            var settings = inner.ImageSettings;
            lock (_lock) _imageSettings = (true, settings);
            return settings;
        }
    }

    /// <summary>True when <paramref name="current"/> answers every recorded question as before.</summary>
    public bool StillHolds(ILinkResolver current)
    {
        if (inner.AnswersAs(current)) return true;
        lock (_lock)
        {
            foreach (var (from, path, fragment, target) in _contentLinks)
                if (!Equals(current.ResolveContentLink(from, path, fragment), target)) return false;
            foreach (var (url, result) in _rootLinks)
                if (!string.Equals(current.RootRelative(url), result, StringComparison.Ordinal)) return false;
            foreach (var (from, url, result) in _bundleLinks)
                if (!string.Equals(current.BundleFileUrl(from, url), result, StringComparison.Ordinal)) return false;
            foreach (var (from, url, result) in _images)
                if (!Equals(current.PublishedImage(from, url), result)) return false;
            return !_imageSettings.Asked || SameImageSettings(current.ImageSettings, _imageSettings.Value);
        }
    }

    // site.yml is read again on every build that links anew: the same settings are a new object with a new list.
    private static bool SameImageSettings(Configuration.ImagesConfig? a, Configuration.ImagesConfig? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Enabled == b.Enabled && a.Quality == b.Quality && a.WebP == b.WebP
            && a.Sizes == b.Sizes && a.Widths.SequenceEqual(b.Widths));
}
