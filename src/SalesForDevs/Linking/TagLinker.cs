using SalesForDevs.Content;

namespace SalesForDevs.Linking;

/// <summary>Groups published posts by tag. Tags that slug alike ("C#" and "c#") share one page, named by the first spelling in order.</summary>
public static class TagLinker
{
    public static IReadOnlyList<TagNode> Link(IReadOnlyList<PostNode> postsNewestFirst)
    {
        var bySlug = new Dictionary<string, (TagNode Tag, List<PostNode> Posts)>(StringComparer.Ordinal);
        foreach (var post in postsNewestFirst.OrderBy(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal))
        {
            var tags = new List<TagNode>();
            foreach (var name in post.Item.FrontMatter.Tags)
            {
                var slug = Slugifier.Slugify(name);
                if (slug.Length == 0) continue;
                if (!bySlug.TryGetValue(slug, out var entry))
                    bySlug[slug] = entry = (new TagNode(name, slug), []);
                if (!tags.Contains(entry.Tag)) { tags.Add(entry.Tag); entry.Posts.Add(post); }
            }
            post.Tags = tags;
        }
        foreach (var (tag, posts) in bySlug.Values)
        {
            posts.Reverse();
            tag.Posts = posts;
        }
        return bySlug.Values.Select(v => v.Tag).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
    }
}
