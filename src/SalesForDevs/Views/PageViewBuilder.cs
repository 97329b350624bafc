using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>Builds the <see cref="PageView"/> for each kind of page from the graph and the rendered markdown.</summary>
public sealed class PageViewBuilder(ViewFactory views, IReadOnlyList<LinkRef> siteFeeds)
{
    /// <summary>Search is on and the theme has a search layout: the site gets a search page.</summary>
    public bool HasSearchPage { get; init; }

    private UrlBuilder Urls => views.Urls;
    private SiteGraph Graph => views.Graph;

    public PageView Post(PostNode node)
    {
        var rendered = views.Rendered(node);
        var description = views.Summary(node);
        var (image, imageAlt) = PreviewImage(node.Image, node.ImageAlt, node.Url);
        var view = new PageView
        {
            Kind = PageKinds.Name(node.IsPost ? PageKind.Post : PageKind.Page),
            Title = node.Title,
            Description = description,
            Url = Urls.Relative(node.Url),
            Permalink = Urls.Absolute(node.Url),
            Content = rendered?.Html ?? "",
            Feeds = node.Series is { } s ? [.. siteFeeds, .. SeriesFeeds(s.Series)] : siteFeeds,
            Slug = node.Slug,
            Date = node.Date?.DateTime,
            DateIso = ViewFactory.Iso(node.Date),
            DateDisplay = ViewFactory.Display(node.Date),
            Updated = node.Updated?.DateTime,
            UpdatedIso = ViewFactory.Iso(node.Updated),
            UpdatedDisplay = ViewFactory.Display(node.Updated),
            Summary = description,
            Tags = node.Tags.Select(views.Tag).ToList(),
            WordCount = rendered?.WordCount ?? 0,
            ReadingMinutes = Math.Max(1, (int)Math.Round((rendered?.WordCount ?? 0) / 230.0)),
            Series = views.SeriesPlace(node),
            BuildsOn = node.BuildsOn.Where(b => b.IsPublished).Select(views.Ref).ToList(),
            PracticedIn = node.PracticedIn.Select(views.Ref).ToList(),
            PromisedIn = node.PromisedIn.Select(views.Promise).ToList(),
            Comments = CommentsName(node.Comments),
            Newer = node.Newer is null ? null : views.Ref(node.Newer),
            Older = node.Older is null ? null : views.Ref(node.Older),
            IsDraft = node.IsDraft,
            Params = node.Item.FrontMatter.Params,
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

    public PageView Home(string url, string title)
    {
        var home = List(PageKind.Home, title, Graph.Config.Description, url) with { Posts = [] };
        return url == "/" ? home with { JsonLd = StructuredData.WebSite(Graph.Config, Urls.Absolute("/"), home.Image) } : home;
    }

    public PageView Archive() => List(PageKind.Archive, "Archive", $"Every post on {Graph.Config.Title}, by year.", "/archive/") with
    {
        Years = Graph.Posts.GroupBy(p => p.Date!.Value.Year)
            .Select(g => new YearGroupView(g.Key, views.Refs(g)))
            .ToList(),
    };

    public PageView Tags() => List(PageKind.Tags, "Tags", $"Topics on {Graph.Config.Title}.", "/tags/") with
    {
        AllTags = Graph.Tags.Select(views.Tag).ToList(),
    };

    public PageView Tag(TagNode tag) => List(PageKind.Tag, $"Posts tagged “{tag.Name}”", $"Posts about {tag.Name} on {Graph.Config.Title}.", tag.Url) with
    {
        Posts = views.Refs(tag.Posts),
        Feeds = [.. siteFeeds, .. TagFeeds(tag)],
        OwnFeeds = TagFeeds(tag),
    };

    private IReadOnlyList<LinkRef> TagFeeds(TagNode tag) => FeedLinks.For(Graph.Config, tag.Url, $"Posts tagged {tag.Name}", Urls);

    private IReadOnlyList<LinkRef> SeriesFeeds(SeriesNode series) => FeedLinks.For(Graph.Config, series.Url, $"{series.Title} (series)", Urls);

    public PageView Series(SeriesNode series) => List(PageKind.Series, series.Title,
        series.Config.Description.Length > 0 ? series.Config.Description : $"The {series.Title} series, in reading order.", series.Url) with
    {
        SeriesOverview = SeriesOverview(series),
        Posts = views.Refs(series.Parts),
        Feeds = [.. siteFeeds, .. SeriesFeeds(series)],
        OwnFeeds = SeriesFeeds(series),
    };

    public PageView Search() => List(PageKind.Search, "Search", $"Search the posts of {Graph.Config.Title}.", SearchPage.Url);

    public PageView NotFound() => List(PageKind.NotFound, "Page not found", "There is nothing at this address.", "/404.html");

    private PageView List(PageKind kind, string title, string description, string url) => new()
    {
        Image = PreviewImage(null, null, url).Url,
        ImageAlt = PreviewImage(null, null, url).Alt,
        Kind = PageKinds.Name(kind),
        Title = title,
        Description = description,
        Url = Urls.Relative(url),
        Permalink = Urls.Absolute(url),
        Feeds = siteFeeds,
    };

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
