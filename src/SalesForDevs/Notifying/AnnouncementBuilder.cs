using System.Text;
using SalesForDevs.Building;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Outputs.Feeds;
using SalesForDevs.Rendering.Html;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Notifying;

/// <summary>
/// Turns a published post of a rendered site into an <see cref="Announcement"/>, reusing what the build made: the
/// rendered markdown, the page view the post layout saw and the theme, whose <c>email</c> layout makes the email.
/// </summary>
internal sealed class AnnouncementBuilder
{
    public const string EmailLayout = "email";

    private readonly RenderedSite _site;
    private readonly UrlBuilder _urls;
    private readonly ViewFactory _views;
    private readonly SiteView _siteView;
    private readonly PageViewBuilder _pages;

    public AnnouncementBuilder(RenderedSite site)
    {
        _site = site;
        _urls = new UrlBuilder(site.Graph.Config.BaseUrl);
        _views = new ViewFactory(site.Graph, site.Content, _urls);
        _siteView = SiteViewBuilder.Build(site.Graph, _views);
        _pages = new PageViewBuilder(_views, _siteView.Feeds);
    }

    /// <summary>The announcement's id: the post's feed entry id.</summary>
    public string Id(PostNode post) => FeedWriter.EntryId(_urls, post);

    public string Url(PostNode post) => _urls.Absolute(post.Url);

    public Announcement Build(PostNode post)
    {
        var url = Url(post);
        var html = AbsoluteUrlRewriter.Rewrite(_views.Rendered(post) is { } rendered ? (rendered.FeedHtml ?? rendered.Html).ToString() : "", new Uri(url));
        var series = _views.SeriesPlace(post) is { } place && post.Series is { } s
            ? new AnnouncedSeries(s.Series.Key, place.Title, place.Section, place.Part, place.Of, place.Label)
            : null;
        return new Announcement(Id(post), post.Title, url, _views.Summary(post), post.Date!.Value,
            post.Tags.Select(t => t.Name).ToList(), series, html, HtmlToText.Convert(html))
        {
            SourcePath = post.Item.SourcePath,
            SiteTitle = _site.Graph.Config.Title,
            SiteUrl = _site.Graph.Config.BaseUrl.AbsoluteUri,
        };
    }

    /// <summary>False (with the reason in <paramref name="diagnostics"/>) when the theme has no email layout.</summary>
    public bool CanWriteEmail(DiagnosticBag diagnostics)
    {
        if (_site.Theme?.Has(EmailLayout) == true) return true;
        diagnostics.Error("missing-layout",
            $"theme `{_site.Graph.Config.Theme}` has no layouts/{EmailLayout}{ThemeLoader.Extension}, which sfd notify needs to write the email; copy the default theme's one and adapt it",
            new SourceLocation(_site.Theme is null ? $"themes/{_site.Graph.Config.Theme}/layouts" : _site.Theme.Files.Display("layouts")));
        return false;
    }

    /// <summary>Adds the email's two parts; null (with the reason in <paramref name="diagnostics"/>) when the layout fails.</summary>
    public Announcement? WithEmail(Announcement announcement, PostNode post, DiagnosticBag diagnostics)
    {
        var theme = _site.Theme!;
        var renderer = new TemplateRenderer(theme, _siteView, _urls, TemplateLimits.ForSite(_site.Graph), _site.Graph.Config.Strings);
        var page = _pages.Post(post);
        var html = renderer.Render(EmailLayout, page, null, announcement.Html, post.Item.SourcePath);
        renderer.ReportFailures(diagnostics);
        if (html is null) return null;
        return announcement with
        {
            EmailHtml = EmailHtml.Finish(html, new Uri(announcement.Url)),
            EmailText = Text(announcement, page, _site.Graph.Config.Strings),
        };
    }

    /// <summary>The plain-text part: a short header, the post, the link, and why the reader gets it.</summary>
    private static string Text(Announcement a, ContentPageView page, Languages.Translations strings)
    {
        var text = new StringBuilder();
        text.Append(a.Title).Append('\n');
        text.Append(page.DateDisplay);
        if (a.Series is { } s) text.Append(" · ").Append(s.Label);
        text.Append("\n\n");
        text.Append(a.Text.TrimEnd()).Append("\n\n");
        text.Append(strings.Text("email_read_on_site", ("url", a.Url))).Append("\n\n");
        text.Append("-- \n");
        text.Append(strings.Text("email_why", ("site", a.SiteTitle), ("url", a.SiteUrl))).Append('\n');
        return text.ToString();
    }
}
