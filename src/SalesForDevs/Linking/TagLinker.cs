using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// Groups published posts by tag. Tags that differ only in case, spacing or accents ("Sales Tips", "sales-tips")
/// are one tag, named by the first spelling in date order. Tags that differ in meaning get different slugs
/// ("C", "C#", "C++" -> c, csharp, cpp); two that would still share a page are an error naming both files.
/// </summary>
internal static class TagLinker
{
    public static IReadOnlyList<TagNode> Link(IReadOnlyList<PostNode> postsNewestFirst, DiagnosticBag diagnostics)
    {
        var byIdentity = new Dictionary<string, (TagNode Tag, List<PostNode> Posts, string File)>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, (string Identity, string Name, string File)>(StringComparer.Ordinal);
        var reported = new HashSet<(string, string)>();
        foreach (var post in postsNewestFirst.OrderBy(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal))
        {
            var tags = new List<TagNode>();
            foreach (var name in post.Item.FrontMatter.Tags)
            {
                var identity = Slugifier.Identity(name);
                if (!byIdentity.TryGetValue(identity, out var entry))
                {
                    var slug = Slugifier.TagSlug(name);
                    if (bySlug.TryGetValue(slug, out var other))
                    {
                        if (reported.Add((other.Identity, identity)))
                            diagnostics.Error("tag-collision",
                                $"the tag `{name}` would share the page /tags/{slug}/ with the tag `{other.Name}` of {other.File}, which means something else; rename one of them",
                                new SourceLocation(post.Item.SourcePath));
                        continue;
                    }
                    bySlug[slug] = (identity, name, post.Item.SourcePath);
                    byIdentity[identity] = entry = (new TagNode(name, slug), [], post.Item.SourcePath);
                }
                if (!tags.Contains(entry.Tag)) { tags.Add(entry.Tag); entry.Posts.Add(post); }
            }
            post.Tags = tags;
        }
        foreach (var (tag, posts, _) in byIdentity.Values)
        {
            posts.Reverse();
            tag.Posts = posts;
        }
        return byIdentity.Values.Select(v => v.Tag).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
    }
}
