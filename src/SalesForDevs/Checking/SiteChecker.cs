using SalesForDevs.Building;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Checking;

/// <summary>
/// <c>sfd check</c>: reads a built site back, as a reader's browser and feed reader would, and lists what is broken.
/// The sources are read too (site.yml for the base URL, front matter for the series graph), but nothing is rendered.
/// </summary>
internal static class SiteChecker
{
    public static async Task<CheckReport> CheckAsync(string siteDirectory, string outputDirectory, CheckOptions options, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        var graph = SiteBuilder.Link(siteDirectory, new BuildOptions { Now = options.Now, BaseUrlOverride = options.BaseUrlOverride }, diagnostics);
        if (graph is null) return new CheckReport(diagnostics.Sorted(), []);

        var address = new SiteAddress(graph.Config.BaseUrl);
        var folder = OutputFolder.Read(outputDirectory);
        var pages = PageScanner.ScanAll(folder);
        var (feeds, problems) = FeedChecker.CheckAll(folder);
        var files = pages.Concat(feeds).ToList();

        var found = new List<CheckProblem>(problems);
        found.AddRange(LinkChecker.Check(files, address, folder, new AnchorIndex(pages)));
        found.AddRange(OrphanFinder.Find(pages, address, folder));
        found.AddRange(pages.Where(p => !p.Complete).Select(p => CheckProblem.Error(CheckProblemKind.TruncatedPage, p.Path, null,
            "the page ends before </html>: it was cut short; build the site again")));
        found.AddRange(PromiseChecker.Check(graph));

        var external = options.External is null ? [] : LinkChecker.External(pages, address);
        if (options.External is not null)
            found.AddRange(await CheckExternalAsync(options.External, external, cancellation).ConfigureAwait(false));

        return new CheckReport(diagnostics.Sorted(), Sort(found, options.Strict))
        {
            Pages = pages.Count,
            Links = files.Sum(f => f.Links.Count),
            Feeds = feeds.Count,
            ExternalLinks = external.Select(e => e.Url).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    private static async Task<IEnumerable<CheckProblem>> CheckExternalAsync(ExternalLinkChecker checker, IReadOnlyList<ExternalLink> links, CancellationToken cancellation)
    {
        var results = await checker.CheckAsync(links.Select(l => l.Url), cancellation).ConfigureAwait(false);
        return links.Where(l => results[l.Url] is not null)
            .Select(l => CheckProblem.Error(CheckProblemKind.BrokenExternalLink, l.Page, l.Link, $"link {l.Link} is broken: {results[l.Url]}"));
    }

    /// <summary>One line per problem (a sidebar link repeats on every page, but each page names it once), by page then message.</summary>
    private static List<CheckProblem> Sort(IEnumerable<CheckProblem> problems, bool strict) =>
        problems.Select(p => strict ? p with { Severity = Severity.Error } : p)
            .Distinct()
            .OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();
}
