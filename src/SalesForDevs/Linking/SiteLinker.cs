using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>Builds the <see cref="SiteGraph"/>: decides what is published, assigns URLs, finds URL collisions, then links series and tags.</summary>
public static class SiteLinker
{
    public static SiteGraph Link(Configuration.SiteConfig config, IReadOnlyList<ContentItem> items, PublishRules rules, DiagnosticBag diagnostics)
    {
        var nodes = items.Select(item => Place(item, config, rules)).ToList();
        ReportCollisions(nodes.Where(n => n.IsPublished), diagnostics);
        ReportSharedSlugs(nodes.Where(n => n.IsPost), diagnostics);

        var posts = nodes.Where(n => n.IsPublished && n.IsPost)
            .OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList();
        for (var i = 0; i < posts.Count; i++)
        {
            posts[i].Newer = i > 0 ? posts[i - 1] : null;
            posts[i].Older = i + 1 < posts.Count ? posts[i + 1] : null;
        }
        var pages = nodes.Where(n => n.IsPublished && !n.IsPost).OrderBy(n => n.Slug, StringComparer.Ordinal).ToList();

        var series = SeriesLinker.Link(config, nodes, diagnostics);
        var tags = TagLinker.Link(posts, diagnostics);

        return new SiteGraph
        {
            Config = config,
            BySource = nodes.ToDictionary(n => n.Item.SourcePath, StringComparer.Ordinal),
            Posts = posts,
            Pages = pages,
            Tags = tags,
            Series = series,
        };
    }

    private static PostNode Place(ContentItem item, Configuration.SiteConfig config, PublishRules rules)
    {
        var url = Permalinks.For(item, config.Permalink);
        var state = rules.StateOf(item);
        return new PostNode(item, url, Permalinks.OutputPathFor(url), state) { IsPreview = state == PublishState.Published && rules.IsPreview(item) };
    }

    /// <summary>builds_on names posts by slug, so two posts (drafts included) must not share one, even on different URLs.</summary>
    private static void ReportSharedSlugs(IEnumerable<PostNode> posts, DiagnosticBag diagnostics)
    {
        foreach (var group in posts.GroupBy(n => n.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(n => n.Item.SourcePath).Order(StringComparer.Ordinal).ToList();
            if (group.Select(n => n.Url).Distinct().Count() == 1) continue; // Same URL: reported as a collision already.
            foreach (var file in files)
                diagnostics.Error("shared-slug", $"slug `{group.Key}` is also used by {string.Join(", ", files.Where(f => f != file))}; builds_on names posts by slug, so give one of them another `slug:`",
                    new SourceLocation(file, 1, 1));
        }
    }

    /// <summary>Reserved URLs the site generates itself; content must not land on them.</summary>
    private static readonly string[] Reserved = ["/", "/archive/", "/tags/", "/series/", "/404.html"];

    private static void ReportCollisions(IEnumerable<PostNode> published, DiagnosticBag diagnostics)
    {
        foreach (var group in published.GroupBy(n => n.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(n => n.Item.SourcePath).Order(StringComparer.Ordinal).ToList();
            foreach (var file in files)
            {
                var others = string.Join(", ", files.Where(f => f != file));
                diagnostics.Error("url-collision", $"this file and {others} would both be written to {group.Key}; give one of them another `slug:`",
                    new SourceLocation(file, 1, 1));
            }
        }
        foreach (var node in published.Where(n => Reserved.Contains(n.Url) || n.Url.StartsWith("/page/", StringComparison.Ordinal)))
            diagnostics.Error("url-collision", $"{node.Url} is a page the site generates itself; give this file another `slug:`", new SourceLocation(node.Item.SourcePath, 1, 1));
    }
}
