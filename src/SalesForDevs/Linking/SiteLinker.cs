using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// Builds the <see cref="SiteGraph"/> by running its linkers in order. Each fills one named part of the graph and
/// may read only what the linkers before it filled; all of them work from front matter, before any rendering.
/// </summary>
internal static class SiteLinker
{
    /// <summary>Links every time: what a build does when nothing is kept between builds.</summary>
    public static IGraphLinker Fresh { get; } = new FreshLinker();

    private sealed class FreshLinker : IGraphLinker
    {
        public SiteGraph Link(Configuration.SiteConfig config, IReadOnlyList<ContentItem> items, PublishRules rules, DiagnosticBag diagnostics) =>
            SiteLinker.Link(config, items, rules, diagnostics);
    }

    public static SiteGraph Link(Configuration.SiteConfig config, IReadOnlyList<ContentItem> items, PublishRules rules, DiagnosticBag diagnostics)
    {
        // 1. Every node: URL, output path, publish state and typed front matter. Collisions are collected, not thrown.
        var nodes = items.Select(item => Place(item, config, rules)).ToList();
        ReportCollisions(nodes.Where(n => n.IsPublished), GeneratedFolders(config), diagnostics);
        ReportSharedSlugs(nodes.Where(n => n.IsPost), diagnostics);
        // 2. Posts newest first, each with its chronological neighbours (PostNode.Newer, Older); pages by slug.
        var posts = Chronology(nodes);
        var pages = nodes.Where(n => n.IsPublished && !n.IsPost).OrderBy(n => n.Slug, StringComparer.Ordinal).ToList();
        // 3. Series: sections in reading order, each member's place and neighbours (SeriesNode.*, PostNode.Series).
        var series = SeriesLinker.Link(config, nodes, diagnostics);
        // 4. builds_on, resolved and inverted (PostNode.BuildsOn, PracticedIn, PromisedIn).
        BuildsOnLinker.Link(nodes, diagnostics);
        // 5. Promises of a series' first section not kept yet: needs 3 and 4.
        UnkeptPromises.Report(series, diagnostics);
        // 6. Tags with their posts (TermNode.Posts, PostNode.Tags).
        var tags = TaxonomyLinker.LinkTags(posts, diagnostics);
        // 7. The taxonomies of site.yml and the authors, linked as tags are (TaxonomyNode.Terms, PostNode.Terms, PostNode.Authors).
        var taxonomies = config.Taxonomies.Select(t => TaxonomyLinker.LinkDeclared(t, posts, diagnostics)).ToList();
        var authors = AuthorLinker.Link(config, nodes, posts, diagnostics);
        var terms = tags.Concat(taxonomies.SelectMany(t => t.Terms)).Concat(authors?.Terms ?? []);
        // 8. Related posts by shared builds_on links, series and tags (PostNode.Related): needs 3, 4 and 6.
        RelatedLinker.Link(posts, config.Related.Count);
        var aliases = AliasLinker.Link(posts.Concat(pages), terms, GeneratedFolders(config), series, diagnostics);
        FeedIds.ReportShared(nodes.Where(n => n.IsPost), diagnostics);

        return new SiteGraph
        {
            Config = config,
            BySource = nodes.ToDictionary(n => n.Item.SourcePath, StringComparer.Ordinal),
            Posts = posts,
            Pages = pages,
            Tags = tags,
            Taxonomies = taxonomies,
            Authors = authors,
            Series = series,
            Aliases = aliases,
        };
    }

    private static List<PostNode> Chronology(IEnumerable<PostNode> nodes)
    {
        var posts = nodes.Where(n => n.IsPublished && n.IsPost)
            .OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList();
        for (var i = 0; i < posts.Count; i++)
        {
            posts[i].Newer = i > 0 ? posts[i - 1] : null;
            posts[i].Older = i + 1 < posts.Count ? posts[i + 1] : null;
        }
        return posts;
    }

    private static PostNode Place(ContentItem item, Configuration.SiteConfig config, PublishRules rules)
    {
        var url = Permalinks.For(item, config.Permalink);
        var state = rules.StateOf(item);
        var fm = item.FrontMatter;
        return new PostNode(item, url, Permalinks.OutputPathFor(url), state)
        {
            IsPreview = state == PublishState.Published && rules.IsPreview(item),
            Layout = fm.Layout ?? (item.Kind == ContentKind.Post ? "post" : "page"),
            Updated = fm.Updated,
            Summary = fm.Summary,
            Image = fm.Image,
            ImageAlt = fm.ImageAlt,
            ShowsToc = fm.Toc ?? config.Toc,
            Comments = fm.Comments == "closed" ? CommentState.Closed : config.Comments.Provider == "none" ? CommentState.None : CommentState.Open,
            FeedId = fm.Id?.Value,
            Params = fm.Params,
        };
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

    /// <summary>The list pages of the taxonomies site.yml declares, and of the authors when it has any.</summary>
    private static IReadOnlyList<string> GeneratedFolders(Configuration.SiteConfig config) =>
        [.. config.Taxonomies.Select(t => t.Url), .. config.Authors.Count > 0 ? [AuthorLinker.Url] : Array.Empty<string>()];

    private static void ReportCollisions(IEnumerable<PostNode> published, IReadOnlyList<string> generated, DiagnosticBag diagnostics)
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
        foreach (var node in published.Where(n => Reserved.Contains(n.Url) || generated.Contains(n.Url) || n.Url.StartsWith("/page/", StringComparison.Ordinal)))
            diagnostics.Error("url-collision", $"{node.Url} is a page the site generates itself; give this file another `slug:`", new SourceLocation(node.Item.SourcePath, 1, 1));
    }
}
