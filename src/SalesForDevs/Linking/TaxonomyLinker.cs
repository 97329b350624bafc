using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// Groups published posts by the terms of one taxonomy (tags, or one that site.yml declares). Terms that differ only in
/// case, spacing or accents ("Sales Tips", "sales-tips") are one term, named by the first spelling in date order. Terms that
/// differ in meaning get different slugs ("C", "C#", "C++" -> c, csharp, cpp); two that would still share a page are an
/// error naming both files.
/// </summary>
internal static class TaxonomyLinker
{
    /// <summary>Links the built-in tags (<see cref="PostNode.Tags"/>).</summary>
    public static IReadOnlyList<TermNode> LinkTags(IReadOnlyList<PostNode> postsNewestFirst, DiagnosticBag diagnostics) =>
        Link(TaxonomyConfig.Tags, postsNewestFirst, p => p.Item.FrontMatter.Tags, (p, terms) => p.Tags = terms, diagnostics);

    /// <summary>Links a taxonomy of site.yml (<see cref="PostNode.Terms"/>).</summary>
    public static TaxonomyNode LinkDeclared(TaxonomyConfig taxonomy, IReadOnlyList<PostNode> postsNewestFirst, DiagnosticBag diagnostics) =>
        new(taxonomy, Link(taxonomy, postsNewestFirst,
            p => p.Item.FrontMatter.Terms.GetValueOrDefault(taxonomy.Key) ?? [],
            (p, terms) => { if (terms.Count > 0) p.Terms = new Dictionary<string, IReadOnlyList<TermNode>>(p.Terms) { [taxonomy.Key] = terms }; },
            diagnostics));

    private static IReadOnlyList<TermNode> Link(TaxonomyConfig taxonomy, IReadOnlyList<PostNode> postsNewestFirst, Func<PostNode, IReadOnlyList<string>> names,
        Action<PostNode, IReadOnlyList<TermNode>> assign, DiagnosticBag diagnostics)
    {
        var kind = taxonomy.Singular.ToLowerInvariant();
        var byIdentity = new Dictionary<string, (TermNode Term, List<PostNode> Posts, string File)>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, (string Identity, string Name, string File)>(StringComparer.Ordinal);
        var reported = new HashSet<(string, string)>();
        foreach (var post in postsNewestFirst.OrderBy(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal))
        {
            var terms = new List<TermNode>();
            foreach (var name in names(post))
            {
                var identity = Slugifier.Identity(name);
                if (!byIdentity.TryGetValue(identity, out var entry))
                {
                    var slug = Slugifier.TermSlug(name, Slugifier.Slugify(taxonomy.Singular) is { Length: > 0 } prefix ? prefix : "term");
                    if (bySlug.TryGetValue(slug, out var other))
                    {
                        if (reported.Add((other.Identity, identity)))
                            diagnostics.Error(taxonomy == TaxonomyConfig.Tags ? "tag-collision" : "term-collision",
                                $"the {kind} `{name}` would share the page /{taxonomy.Key}/{slug}/ with the {kind} `{other.Name}` of {other.File}, which means something else; rename one of them",
                                new SourceLocation(post.Item.SourcePath));
                        continue;
                    }
                    bySlug[slug] = (identity, name, post.Item.SourcePath);
                    byIdentity[identity] = entry = (new TermNode(taxonomy, name, slug), [], post.Item.SourcePath);
                }
                if (!terms.Contains(entry.Term)) { terms.Add(entry.Term); entry.Posts.Add(post); }
            }
            assign(post, terms);
        }
        foreach (var (term, posts, _) in byIdentity.Values)
        {
            posts.Reverse();
            term.Posts = posts;
        }
        return byIdentity.Values.Select(v => v.Term).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
    }
}
