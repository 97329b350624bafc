using System.Collections.Concurrent;
using System.Globalization;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Html;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// Writes the site's feeds (feed.xml, atom.xml, feed.json at the root) and the same three per tag and per series,
/// in their folders, each with the newest <c>feeds.items</c> posts. Each post's feed entry, with absolute URLs, is built
/// and encoded once per format (<see cref="FeedEntry"/>), and every feed that carries it copies those bytes.
/// </summary>
internal static class FeedWriter
{
    /// <param name="cache">Makes each entry's URLs absolute; sfd serve's keeps the results of unchanged posts.</param>
    /// <param name="sink">Takes each feed as it is made in a first build (<see cref="IOutputCache.KeepsPages"/> false), or null.</param>
    public static IReadOnlyList<OutputFile> Write(SiteGraph graph, IReadOnlyDictionary<PostNode, RenderedMarkdown> rendered, UrlBuilder urls,
        IOutputCache cache, IOutputSink? sink = null)
    {
        var config = graph.Config;
        var feeds = config.Feeds;
        if (!feeds.Rss && !feeds.Atom && !feeds.Json) return [];

        var channels = new List<(string Folder, string Title, string Description, IEnumerable<PostNode> Posts, string? Tag)>
        {
            ("/", config.Title, config.Description, graph.Posts, null),
        };
        var strings = config.Strings;
        channels.AddRange(graph.Tags.Select(t => (t.Url, strings.Text("tag_feed_title", ("site", config.Title), ("tag", t.Name)),
            strings.Text("tag_feed_description", ("tag", t.Name), ("site", config.Title)),
            (IEnumerable<PostNode>)t.Posts, (string?)t.Name)));
        channels.AddRange(TermChannels(graph));
        channels.AddRange(graph.Series.Select(s => (s.Url, strings.Text("series_feed_title", ("site", config.Title), ("series", s.Title)),
            s.Config.Description.Length > 0 ? s.Config.Description : strings.Text("series_feed_description", ("series", s.Title), ("site", config.Title)),
            (IEnumerable<PostNode>)s.Parts.OrderByDescending(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal), (string?)null)));

        // Feeds go to subscribers, so a preview build (--drafts, --future) still keeps drafts and future posts out of them.
        var selected = channels.Select(c => (c.Folder, c.Title, c.Description,
            Posts: c.Posts.Where(p => p.IsPublished && !p.IsPreview).Take(feeds.Items).ToList(), c.Tag)).ToList();

        var entries = new ConcurrentDictionary<PostNode, FeedEntry>();
        Parallel.ForEach(selected.SelectMany(c => c.Posts).Distinct(), post =>
            entries[post] = new FeedEntry(Item(post, rendered.GetValueOrDefault(post), urls, cache), config.Author.Name, feeds.FullContent, keep: cache.KeepsPages));

        // A first build's feeds go to the sink as they are made, in pooled chunks; files a cache keeps must hold their bytes.
        var stream = cache.KeepsPages ? null : sink;
        var written = new List<OutputFile>[selected.Count];
        Parallel.For(0, selected.Count, i =>
        {
            var (folder, title, description, posts, tag) = selected[i];
            var files = written[i] = [];
            var carried = posts.Select(p => entries[p]).ToList();
            var channel = new FeedChannel(folder, title, description, urls.Absolute(folder), config.Language, config.Author.Name, config.Author.Email,
                $"SalesForDevs {SiteViewBuilder.Version}", carried.Select(e => e.Item).ToList()) { Category = tag };
            var prefix = folder.TrimStart('/');
            // A feed whose channel and entries are the same as the last build's is not written again (sfd serve).
            OutputFile Feed(string name, Func<FeedEntry, EncodedEntry> entry, Action<FeedBuffer, string, IEnumerable<EncodedEntry>> write)
            {
                var self = urls.Absolute(folder + name);
                return cache.Reuse(prefix + name, new FeedInputs(channel, self, feeds.FullContent), () =>
                {
                    var pieces = carried.Select(entry).ToList();
                    using var output = new FeedBuffer();
                    write(output, self, pieces);
                    output.Append((byte)'\n');
                    if (stream is not null) return stream.Write(prefix + name, output.Detach());
                    return OutputFile.Data(prefix + name, output.ToArray());
                });
            }
            if (feeds.Rss) files.Add(Feed(FeedLinks.Rss, e => e.Rss, (o, self, pieces) => RssFeedWriter.Write(o, channel, self, pieces)));
            if (feeds.Atom) files.Add(Feed(FeedLinks.Atom, e => e.Atom, (o, self, pieces) => AtomFeedWriter.Write(o, channel, self, FeedId(urls, folder), pieces)));
            if (feeds.Json) files.Add(Feed(FeedLinks.Json, e => e.Json, (o, self, pieces) => JsonFeedWriter.Write(o, channel, self, pieces)));
        });
        return written.SelectMany(f => f).ToList();
    }

    private static FeedItem Item(PostNode post, RenderedMarkdown? rendered, UrlBuilder urls, IOutputCache cache)
    {
        var url = urls.Absolute(post.Url);
        var html = rendered?.FeedHtml ?? rendered?.Html ?? Utf8Html.Empty;
        return new FeedItem(EntryId(urls, post), post.Title, url, post.Date!.Value, post.Updated,
            PostSummary.Of(post, rendered), cache.AbsoluteHtml(html, new Uri(url)), post.Tags.Select(t => t.Name).ToList())
        {
            Authors = post.Authors.Select(a => Author(a, urls)).ToList(),
        };
    }

    private static FeedAuthor Author(TermNode author, UrlBuilder urls)
    {
        var profile = author.Author!;
        return new FeedAuthor(profile.Name, profile.Url.Length > 0 ? profile.Url : urls.Absolute(author.Url),
            profile.Avatar.Length > 0 ? urls.Absolute(profile.Avatar) : "");
    }

    /// <summary>The feeds of the terms of site.yml's taxonomies (unless a taxonomy turns them off) and of the authors.</summary>
    private static IEnumerable<(string, string, string, IEnumerable<PostNode>, string?)> TermChannels(SiteGraph graph)
    {
        var site = graph.Config.Title;
        var strings = graph.Config.Strings;
        foreach (var taxonomy in graph.Taxonomies.Where(t => t.Config.Feeds))
        foreach (var term in taxonomy.Terms)
            yield return (term.Url, TermWords.Text(strings, "term_feed_title", term, site), TermWords.Text(strings, "term_feed_description", term, site), term.Posts, null);
        foreach (var author in graph.Authors?.Terms ?? [])
            yield return (author.Url, strings.Text("author_feed_title", ("site", site), ("author", author.Name)),
                strings.Text("author_feed_description", ("author", author.Name), ("site", site)), author.Posts, null);
    }

    /// <summary>
    /// The entry id is an RFC 4151 tag URI from the site's host and base path, the post's date and its slug:
    /// tag:example.github.io,2026-01-12:/SalesForDevs/you-are-now-in-the-sales-business. It does not change with the title,
    /// the permalink pattern or the URL scheme (http/https), so readers never show a post twice. Front matter <c>id</c>
    /// takes the slug's place (the old slug keeps the id when the slug changes), or replaces the whole id when it is a URI.
    /// </summary>
    public static string EntryId(UrlBuilder urls, PostNode post) =>
        post.FeedId is { } id && FeedIds.IsUri(id) ? id
        : string.Create(CultureInfo.InvariantCulture, $"tag:{urls.BaseUrl.IdnHost},{post.Date!.Value:yyyy-MM-dd}:{urls.BaseUrl.AbsolutePath}{post.FeedId ?? post.Slug}");

    /// <summary>A feed's Atom id: the same kind of tag URI, with a fixed date, for the folder the feed describes.</summary>
    public static string FeedId(UrlBuilder urls, string folder) =>
        $"tag:{urls.BaseUrl.IdnHost},2000:{urls.BaseUrl.AbsolutePath.TrimEnd('/')}{folder}";
}
