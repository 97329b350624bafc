using System.Globalization;

namespace SalesForDevs.Bench;

/// <summary>Writes the generated posts as a SalesForDevs site (with the repository's default theme) and as a comparable Hugo site.</summary>
public static class SiteWriter
{
    public static void WriteSalesForDevs(string root, IReadOnlyList<SyntheticPost> posts)
    {
        var postsDir = Path.Combine(root, "content", "posts");
        Directory.CreateDirectory(postsDir);
        File.WriteAllText(Path.Combine(root, "site.yml"), """
            title: Benchmark Blog
            description: A generated blog for timing builds.
            base_url: https://example.github.io/bench/
            author: { name: Bench, email: bench@example.com }
            paginate: 10
            series:
              bench:
                title: Bench Series
                sections: [strategy, tactics]

            """);
        CopyDirectory(Path.Combine(RepoRoot(), "themes", "default"), Path.Combine(root, "themes", "default"));
        Parallel.ForEach(posts, post =>
        {
            var front = $"""
                ---
                title: "{post.Title}"
                date: {post.Date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}
                tags: [{string.Join(", ", post.Tags)}]
                {(post.Section is null ? "" : $"series: bench\nsection: {post.Section}\nbuilds_on: [{string.Join(", ", post.BuildsOn)}]\n")}---

                """;
            File.WriteAllText(Path.Combine(postsDir, PostGenerator.PostFile(post)), front + post.Body);
        });
    }

    /// <summary>
    /// The same posts for Hugo, with layouts doing comparable work: a page per post, paginated home,
    /// a page and RSS feed per tag, the site RSS feed and a sitemap. Like sfd's, the feeds hold the newest 20 posts
    /// with their full content. Links to other posts use Hugo's ref shortcode. Not like for like: sfd also writes
    /// Atom and JSON feeds, series pages and an archive, which Hugo is not asked to make.
    /// </summary>
    public static void WriteHugo(string root, IReadOnlyList<SyntheticPost> posts)
    {
        var postsDir = Path.Combine(root, "content", "posts");
        Directory.CreateDirectory(postsDir);
        Directory.CreateDirectory(Path.Combine(root, "layouts", "_default"));
        File.WriteAllText(Path.Combine(root, "hugo.yaml"), """
            baseURL: https://example.github.io/bench/
            title: Benchmark Blog
            languageCode: en
            paginate: 10
            rssLimit: 20
            permalinks: { posts: /:year/:month/:slug/ }
            taxonomies: { tag: tags }
            outputs: { home: [HTML, RSS], taxonomy: [HTML, RSS], term: [HTML, RSS] }

            """);
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "baseof.html"),
            "<!DOCTYPE html><html><head><title>{{ .Title }}</title>{{ range .AlternativeOutputFormats }}<link rel=\"alternate\" type=\"{{ .MediaType.Type }}\" href=\"{{ .Permalink }}\">{{ end }}</head>" +
            "<body><aside><a href=\"{{ site.BaseURL }}\">{{ site.Title }}</a></aside><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "single.html"),
            "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format \"January 2, 2006\" }}</time>" +
            "<ul>{{ range .Params.tags }}<li><a href=\"{{ \"tags/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a></li>{{ end }}</ul>" +
            "{{ .Content }}{{ with .PrevInSection }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</article>{{ end }}\n");
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "list.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ end }}\n");
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "rss.xml"),
            "{{ printf \"<?xml version=\\\"1.0\\\" encoding=\\\"utf-8\\\"?>\" | safeHTML }}\n" +
            "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>{{ .Title }} on {{ site.Title }}</title>" +
            "<link>{{ .Permalink }}</link><description>{{ site.Title }}</description>" +
            "{{ $pages := .RegularPages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}" +
            "{{ range first 20 $pages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid>{{ .Permalink }}</guid>" +
            "<pubDate>{{ .Date.Format \"Mon, 02 Jan 2006 15:04:05 -0700\" }}</pubDate><description>{{ .Summary | html }}</description>" +
            "<content:encoded>{{ .Content | html }}</content:encoded></item>{{ end }}</channel></rss>\n");
        Parallel.ForEach(posts, post =>
        {
            var body = System.Text.RegularExpressions.Regex.Replace(post.Body, @"\]\(([^)]+\.md)\)", m => $"]({{{{< ref \"{m.Groups[1].Value}\" >}}}})");
            var front = $"""
                ---
                title: "{post.Title}"
                date: {post.Date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}
                slug: {post.Slug}
                tags: [{string.Join(", ", post.Tags)}]
                ---

                """;
            File.WriteAllText(Path.Combine(postsDir, PostGenerator.PostFile(post)), front + body);
        });
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SalesForDevs.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
