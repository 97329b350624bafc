using SalesForDevs.Diagnostics;

namespace SalesForDevs.Building;

/// <summary>What a build did: its diagnostics (sorted), and counts for the one-line summary.</summary>
internal sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Feeds, int Files, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Files actually written: a rebuild leaves files whose bytes did not change alone.</summary>
    public int Written { get; init; }

    /// <summary>Resized image copies this build had to make (0 when every copy came from the image cache).</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>Size of the search index in bytes (0 when search is off), for --verbose.</summary>
    public long SearchIndexBytes => Sizes.Value.SearchIndex;

    /// <summary>Size of all generated HTML pages in bytes, to put the index's size in proportion.</summary>
    public long HtmlBytes => Sizes.Value.Html;

    /// <summary>Counted only when asked for (--verbose): encoding every page to count its bytes is not free at 10,000 posts.</summary>
    internal Lazy<(long SearchIndex, long Html)> Sizes { get; init; } = new(() => (0, 0));
}
