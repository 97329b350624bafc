using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;
using SalesForDevs.Yaml;

namespace SalesForDevs.Linking;

/// <summary>
/// Resolves front matter <c>author</c>/<c>authors</c> to the entries of <c>authors:</c> in site.yml, and makes the authors a
/// taxonomy: each author with published posts is a term with a page at /authors/KEY/. A post that names nobody is by the
/// site's default author (<c>author: KEY</c>), or by the site-wide author of old, who has no page.
/// </summary>
internal static class AuthorLinker
{
    /// <summary>The taxonomy's key and folder (/authors/); no taxonomy of site.yml may take it.</summary>
    public const string Key = "authors";

    public const string Url = "/" + Key + "/";

    /// <summary>The authors as a taxonomy, named in the site's language ("Authors", "Autoren").</summary>
    public static TaxonomyConfig Taxonomy(SiteConfig config) => new(Key, config.Strings.Text("authors_title"), config.Strings.Text("authors_singular"));

    /// <returns>The authors taxonomy, or null when site.yml has no <c>authors:</c>.</returns>
    public static TaxonomyNode? Link(SiteConfig config, IReadOnlyList<PostNode> nodes, IReadOnlyList<PostNode> postsNewestFirst, DiagnosticBag diagnostics)
    {
        var taxonomy = Taxonomy(config);
        var terms = config.Authors.ToDictionary(a => a.Key, a => new TermNode(taxonomy, a.Name, a.Key) { Author = a }, StringComparer.Ordinal);
        IReadOnlyList<TermNode> byDefault = config.DefaultAuthor is { } fallback ? [terms[fallback]] : [];
        foreach (var node in nodes)
        {
            var named = node.Item.FrontMatter.Authors;
            if (named.Count == 0)
            {
                node.Authors = byDefault;
                continue;
            }
            var authors = new List<TermNode>(named.Count);
            foreach (var key in named)
            {
                if (terms.TryGetValue(key.Value, out var term)) authors.Add(term);
                else diagnostics.Error("unknown-author", UnknownMessage(key.Value, config), key.At);
            }
            node.Authors = authors;
        }
        if (config.Authors.Count == 0) return null;

        // Newest first, as every list of posts.
        var posts = terms.Values.ToDictionary(t => t, _ => new List<PostNode>());
        foreach (var post in postsNewestFirst)
        foreach (var author in post.Authors) posts[author].Add(post);
        foreach (var (term, list) in posts) term.Posts = list;
        return new TaxonomyNode(taxonomy, terms.Values.Where(t => t.Posts.Count > 0).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList());
    }

    private static string UnknownMessage(string key, SiteConfig config)
    {
        if (config.Authors.Count == 0)
            return $"author `{key}` is not in site.yml: declare it there, as `authors: {{ {key}: {{ name: ..., url: ..., bio: ..., avatar: ... }} }}`";
        var guess = KeySuggester.Closest(key, config.Authors.Select(a => a.Key));
        return $"author `{key}` is not one of `authors` in site.yml" +
               (guess is null ? $"; known authors: {string.Join(", ", config.Authors.Select(a => a.Key))}" : $"; did you mean `{guess}`?");
    }
}
