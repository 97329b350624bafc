using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>Builds the <see cref="PageView"/> record of each kind of page from the graph and the rendered markdown.</summary>
internal sealed partial class PageViewBuilder(ViewFactory views, IReadOnlyList<LinkRef> siteFeeds)
{
    /// <summary>Search is on and the theme has a search layout: the site gets a search page.</summary>
    public bool HasSearchPage { get; init; }

    private UrlBuilder Urls => views.Urls;
    private SiteGraph Graph => views.Graph;
    private Languages.Translations Strings => views.Strings;

    public ContentPageView Post(PostNode node)
    {
        var rendered = views.Rendered(node);
        var description = views.Summary(node);
        var (image, imageAlt) = PreviewImage(node.Image, node.ImageAlt, node.Url);
        var view = new ContentPageView(node.IsPost)
        {
            Title = node.Title,
            Description = description,
            Url = Urls.Relative(node.Url),
            Permalink = Urls.Absolute(node.Url),
            Html = rendered?.Html ?? Rendering.Markdown.Utf8Html.Empty,
            Feeds = node.Series is { } s ? [.. siteFeeds, .. SeriesFeeds(s.Series)] : siteFeeds,
            Slug = node.Slug,
            Date = node.Date?.DateTime,
            DateIso = ViewFactory.Iso(node.Date),
            DateDisplay = views.Display(node.Date),
            Updated = node.Updated?.DateTime,
            UpdatedIso = ViewFactory.Iso(node.Updated),
            UpdatedDisplay = views.Display(node.Updated),
            Summary = description,
            Tags = views.Tags(node.Tags),
            Taxonomies = PostTaxonomies(node),
            Authors = node.Authors.Select(views.Author).ToList(),
            WordCount = rendered?.WordCount ?? 0,
            ReadingMinutes = Math.Max(1, (int)Math.Round((rendered?.WordCount ?? 0) / 230.0)),
            Series = views.SeriesPlace(node),
            BuildsOn = views.Refs(node.BuildsOn, publishedOnly: true),
            PracticedIn = views.Refs(node.PracticedIn, publishedOnly: false),
            PromisedIn = node.PromisedIn.Select(views.Promise).ToList(),
            Related = views.Refs(node.Related, publishedOnly: false),
            Comments = CommentsName(node.Comments),
            Newer = node.Newer is null ? null : views.Ref(node.Newer),
            Older = node.Older is null ? null : views.Ref(node.Older),
            IsDraft = node.IsDraft,
            Params = node.Params,
            Image = image,
            ImageAlt = imageAlt,
            Toc = node.ShowsToc ? rendered?.TocHtml ?? "" : "",
        };
        return node.IsPost ? view with { JsonLd = StructuredData.BlogPosting(view, node, Graph.Config, Urls.Absolute("/")) } : view;
    }

    /// <summary>
    /// The page's own image, else the site's default, as an absolute URL (link previews need one). A path without a
    /// leading slash is taken beside the page, as images in a post's folder are.
    /// </summary>
    private (string Url, string Alt) PreviewImage(string? image, string? alt, string pageUrl)
    {
        var config = Graph.Config;
        if (string.IsNullOrWhiteSpace(image)) (image, alt) = (config.Image, config.ImageAlt);
        if (string.IsNullOrWhiteSpace(image)) return ("", "");
        image = image.Trim();
        var url = UrlBuilder.IsExternal(image) || image.StartsWith('/') ? Urls.Absolute(image) : Urls.Absolute(pageUrl.TrimEnd('/') + "/" + image);
        return (url, alt ?? "");
    }

    /// <summary>Home page <paramref name="url"/> ("/", then /page/2/…) showing <paramref name="posts"/>; the first one describes the whole site in JSON-LD.</summary>
    public HomePageView Home(string url, string title, IReadOnlyList<PostRef> posts)
    {
        var home = ListPage(new HomePageView { Title = title, Description = Graph.Config.Description, Url = url, Permalink = url, Posts = posts });
        return url == "/" ? home with { JsonLd = StructuredData.WebSite(Graph.Config, Urls.Absolute("/"), home.Image) } : home;
    }

    public ArchivePageView Archive() => ListPage(new ArchivePageView
    {
        Title = Strings.Text("archive_title"), Description = Strings.Text("archive_description", ("site", Graph.Config.Title)), Url = "/archive/", Permalink = "/archive/",
        Years = Graph.Posts.GroupBy(p => p.Date!.Value.Year)
            .Select(g => new YearGroupView(g.Key, views.Refs(g)))
            .ToList(),
    });

    public TagsPageView Tags() => ListPage(new TagsPageView
    {
        Title = Strings.Text("tags_title"), Description = Strings.Text("tags_description", ("site", Graph.Config.Title)), Url = "/tags/", Permalink = "/tags/",
        AllTags = Graph.Tags.Select(views.Tag).ToList(),
    });

    public TagPageView Tag(TermNode tag) => ListPage(new TagPageView
    {
        Title = Strings.Text("tag_title", ("tag", tag.Name)), Description = Strings.Text("tag_description", ("tag", tag.Name), ("site", Graph.Config.Title)), Url = tag.Url, Permalink = tag.Url,
        Posts = views.Refs(tag.Posts),
        OwnFeeds = TagFeeds(tag),
    }) with { Feeds = [.. siteFeeds, .. TagFeeds(tag)] };

    private IReadOnlyList<LinkRef> TagFeeds(TermNode tag) => FeedLinks.For(Graph.Config, tag.Url, Strings.Text("tag_feeds", ("tag", tag.Name)), Urls);

    private IReadOnlyList<LinkRef> SeriesFeeds(SeriesNode series) => FeedLinks.For(Graph.Config, series.Url, Strings.Text("series_feeds", ("series", series.Title)), Urls);

    public SeriesPageView Series(SeriesNode series) => ListPage(new SeriesPageView
    {
        Title = series.Title,
        Description = series.Config.Description.Length > 0 ? series.Config.Description : Strings.Text("series_description", ("series", series.Title)),
        Url = series.Url, Permalink = series.Url,
        SeriesOverview = SeriesOverview(series),
        Posts = views.Refs(series.Parts),
        OwnFeeds = SeriesFeeds(series),
    }) with { Feeds = [.. siteFeeds, .. SeriesFeeds(series)] };

    public SearchPageView Search() => ListPage(new SearchPageView
    {
        Title = Strings.Text("search_title"), Description = Strings.Text("search_description", ("site", Graph.Config.Title)), Url = SearchPage.Url, Permalink = SearchPage.Url,
    });

    public NotFoundPageView NotFound() => ListPage(new NotFoundPageView
    {
        Title = Strings.Text("not_found_title"), Description = Strings.Text("not_found_description"), Url = "/404.html", Permalink = "/404.html",
    });

    /// <summary>
    /// Finishes a page the site generates: <paramref name="page"/> comes with its site-root path as both Url and
    /// Permalink, and leaves with the link and the absolute URL, the site's preview image and the site's feeds.
    /// </summary>
    private T ListPage<T>(T page) where T : PageView
    {
        var (image, imageAlt) = PreviewImage(null, null, page.Url);
        return page with { Url = Urls.Relative(page.Url), Permalink = Urls.Absolute(page.Url), Image = image, ImageAlt = imageAlt, Feeds = siteFeeds };
    }

    /// <summary>The series page's view of a series: its sections in order, each part published or promised, with their links.</summary>
    public SeriesOverviewView SeriesOverview(SeriesNode series)
    {
        var sections = series.Sections.Select(section => new SeriesSectionView(section.Name, ViewFactory.SectionTitle(section.Name),
            section.Posts.Select(p => new SeriesEntryView(
                p.IsPublished ? views.Ref(p) : views.Promise(p),
                p.Series?.Part ?? 0,
                p.IsPublished ? p.BuildsOn.Where(b => b.IsPublished).Select(views.Ref).ToList() : [],
                p.IsPublished ? p.PracticedIn.Select(views.Ref).ToList() : [])).ToList())).ToList();
        return new SeriesOverviewView(series.Key, series.Title, series.Config.Description, Urls.Relative(series.Url), sections,
            series.Parts.Count, series.Upcoming.Count);
    }

    /// <summary>The name templates compare <c>page.comments</c> with.</summary>
    private static string CommentsName(CommentState state) => state switch
    {
        CommentState.Closed => "closed",
        CommentState.Open => "open",
        _ => "none",
    };
}
