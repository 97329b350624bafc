namespace SalesForDevs.Checking;

/// <summary>
/// Checks every link that stays inside the site: the file it names must exist (images, scripts and
/// stylesheets too), a #fragment must name an id on that page, and site-root links must carry the base path.
/// </summary>
internal static class LinkChecker
{
    public static IEnumerable<CheckProblem> Check(IEnumerable<ScannedFile> files, SiteAddress address, OutputFolder folder, AnchorIndex anchors)
    {
        foreach (var file in files)
        foreach (var link in file.Links)
        {
            var target = address.Resolve(file.Path, link.Url);
            var problem = target.Kind switch
            {
                ResolvedLinkKind.Internal => CheckInternal(file, link, target, folder, anchors),
                ResolvedLinkKind.OutsideBasePath => CheckProblem.Error(CheckProblemKind.OutsideBasePath, file.Path, link.Url,
                    $"{link.Noun} {link.Url} leads outside the site's base path {address.BasePath}; links to the site must start with it"),
                ResolvedLinkKind.Invalid => CheckProblem.Error(CheckProblemKind.BrokenLink, file.Path, link.Url, $"{link.Noun} {link.Url} is not a valid URL"),
                _ => null,
            };
            if (problem is not null) yield return problem;
        }
    }

    /// <summary>
    /// Every external http(s) link with the page it is on, for <see cref="ExternalLinkChecker"/>. &lt;link&gt; resources
    /// (rel=me, webmention endpoints, feeds of other sites) are left out: they are not meant for a browser to open.
    /// </summary>
    public static IReadOnlyList<ExternalLink> External(IEnumerable<ScannedFile> files, SiteAddress address) =>
        files.SelectMany(file => file.Links
                .Where(l => l.Kind != LinkKind.Resource)
                .Select(l => (Link: l, Target: address.Resolve(file.Path, l.Url)))
                .Where(x => x.Target.Kind == ResolvedLinkKind.External)
                .Select(x => new ExternalLink(file.Path, x.Link.Url, x.Target.Url)))
            .Distinct()
            .ToList();

    private static CheckProblem? CheckInternal(ScannedFile file, FoundLink link, ResolvedLink target, OutputFolder folder, AnchorIndex anchors)
    {
        var found = folder.Find(target.Path);
        if (found is null)
        {
            var what = link.Kind is LinkKind.Link or LinkKind.FeedItem ? "is broken" : "is missing";
            return CheckProblem.Error(CheckProblemKind.BrokenLink, file.Path, link.Url,
                $"{link.Noun} {link.Url} {what}: the site has no {OutputFolder.Expected(target.Path)}");
        }
        if (!found.EndsWith(".html", StringComparison.Ordinal) || anchors.Has(found, target.Fragment)) return null;
        var where = found == file.Path ? "this page" : found;
        return CheckProblem.Error(CheckProblemKind.BrokenAnchor, file.Path, link.Url,
            $"{link.Noun} {link.Url} is broken: {where} has no element with id=\"{target.Fragment}\"");
    }
}
