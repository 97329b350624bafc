namespace SalesForDevs.Checking;

/// <summary>
/// Finds HTML pages that no chain of links leads to from the home page, walking &lt;a href&gt; links only
/// (feeds, canonical links and sitemaps do not count: a reader cannot click them). 404.html and redirect pages (aliases of moved posts) are meant to be unlinked.
/// </summary>
internal static class OrphanFinder
{
    public const string Home = "index.html";
    public const string NotFoundPage = "404.html";

    public static IEnumerable<CheckProblem> Find(IReadOnlyList<ScannedFile> pages, SiteAddress address, OutputFolder folder)
    {
        var byPath = pages.Where(p => p.IsHtml).ToDictionary(p => p.Path, StringComparer.Ordinal);
        if (!byPath.ContainsKey(Home))
        {
            yield return CheckProblem.Error(CheckProblemKind.BrokenLink, Home, null, "the site has no home page; every other page is reached from it");
            yield break;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { Home };
        var queue = new Queue<string>([Home]);
        while (queue.TryDequeue(out var path))
        {
            foreach (var link in byPath[path].Links.Where(l => l.Kind == LinkKind.Link))
            {
                var target = address.Resolve(path, link.Url);
                if (target.Kind != ResolvedLinkKind.Internal) continue;
                if (folder.Find(target.Path) is { } found && byPath.ContainsKey(found) && reached.Add(found)) queue.Enqueue(found);
            }
        }

        foreach (var page in byPath.Keys.Order(StringComparer.Ordinal).Where(p => !reached.Contains(p) && p != NotFoundPage && !byPath[p].IsRedirect))
            yield return CheckProblem.Warning(CheckProblemKind.OrphanPage, page, null,
                "no chain of links leads to this page from the home page; link it from another page or the menu (site.yml), or remove it");
    }
}
