namespace SalesForDevs.Checking;

/// <summary>The ids each HTML page of the site defines, so that links to page#id can be checked without parsing a page twice.</summary>
internal sealed class AnchorIndex
{
    private readonly Dictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);

    public AnchorIndex(IEnumerable<ScannedFile> pages)
    {
        foreach (var page in pages.Where(p => p.IsHtml)) _ids[page.Path] = page.Ids;
    }

    /// <summary>
    /// Whether <paramref name="page"/> has an element with id (or a/@name) <paramref name="fragment"/>.
    /// An empty fragment and "top" always work: browsers scroll to the top for them.
    /// Text fragments (#:~:text=) are not ids and are not checked, nor are fragments of files that are not HTML pages.
    /// </summary>
    public bool Has(string page, string fragment) =>
        fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || fragment.StartsWith(":~:", StringComparison.Ordinal) ||
        !_ids.TryGetValue(page, out var ids) || ids.Contains(fragment);
}
