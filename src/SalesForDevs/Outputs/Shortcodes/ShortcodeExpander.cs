using System.Collections.Concurrent;
using Scriban.Runtime;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Rendering.Html;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Rendering.Templates.Shortcodes;
using SalesForDevs.Views;
using SalesForDevs.Yaml;

namespace SalesForDevs.Outputs.Shortcodes;

/// <summary>
/// Replaces the shortcode placeholders the markdown stage left in each body with the theme's template output, once
/// for the page and once for feeds and emails (templates see <c>feed</c>, and their feed output is made reader-safe).
/// It runs after every body is rendered because templates see the page and the site, whose views need them all.
/// Bodies without shortcodes are handed on untouched.
/// </summary>
internal static class ShortcodeExpander
{
    public static IReadOnlyDictionary<PostNode, RenderedMarkdown> Expand(string siteDirectory, SiteGraph graph,
        IReadOnlyDictionary<PostNode, RenderedMarkdown> rendered, Theme theme, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var calling = rendered.Where(r => r.Value.Shortcodes.Count > 0).Select(r => r.Key).ToList();
        if (calling.Count == 0) return rendered;

        var views = new ViewFactory(graph, rendered, urls);
        var site = SiteViewBuilder.Build(graph, views, theme.Has(SearchPage.Layout));
        var pages = new PageViewBuilder(views, site.Feeds) { HasSearchPage = site.SearchUrl.Length > 0 };
        var renderer = new ShortcodeRenderer(theme, urls, TemplateLimits.ForSite(graph), graph.Config.Strings);
        var links = new GraphLinkResolver(graph, urls, siteDirectory);
        var expanded = new ConcurrentDictionary<PostNode, RenderedMarkdown>(rendered);
        Parallel.ForEach(calling, node =>
        {
            var body = rendered[node];
            var bound = Bind(body.Shortcodes, theme, diagnostics);
            if (bound is null) return;
            var globals = new Globals(site, pages.Post(node) with { Html = Utf8Html.Empty },
                node.Series is { } place ? pages.SeriesOverview(place.Series) : null,
                new ShortcodeFunctions(siteDirectory, node.Item.SourcePath, links));
            var page = new Filler(bound, renderer, globals, urls, feed: false, diagnostics);
            var feed = new Filler(bound, renderer, globals, urls, feed: true, diagnostics);
            var text = body.Html.ToString();
            var html = page.Fill(text);
            // A template error shows in the page render already; the feed render would only repeat it.
            if (page.Failed) return;
            var excerpt = page.Fill(body.ExcerptHtml);
            expanded[node] = body with
            {
                Html = ReferenceEquals(html, text) ? body.Html : Utf8Html.From(html),
                ExcerptHtml = excerpt,
                ExcerptText = ReferenceEquals(excerpt, body.ExcerptHtml) ? body.ExcerptText : MarkdownRenderer.PlainText(excerpt),
                TocHtml = page.Fill(body.TocHtml),
                FeedHtml = Utf8Html.From(feed.Fill(text)),
                Shortcodes = [],
            };
        });
        return expanded;
    }

    /// <summary>Each call with its template and arguments; null when any call is wrong (all of them are reported).</summary>
    private static IReadOnlyList<(ShortcodeCall Call, ShortcodeTemplate Template, ScriptObject Args)>? Bind(
        IReadOnlyList<ShortcodeCall> calls, Theme theme, DiagnosticBag diagnostics)
    {
        var bound = new List<(ShortcodeCall, ShortcodeTemplate, ScriptObject)>();
        var ok = true;
        foreach (var call in calls)
        {
            if (!theme.Shortcodes.TryGetValue(call.Name, out var template))
            {
                var guess = KeySuggester.Closest(call.Name, theme.Shortcodes.Keys);
                var known = theme.Shortcodes.Count == 0 ? "none" : string.Join(", ", theme.Shortcodes.Keys.Order(StringComparer.Ordinal));
                diagnostics.Error("unknown-shortcode", $"unknown shortcode `{call.Name}`" + (guess is null ? "." : $"; did you mean `{guess}`?")
                    + $" Shortcodes are the templates in the theme's shortcodes/ and the site's shortcodes/ folders (here: {known}).", call.At);
                ok = false;
                continue;
            }
            if (ShortcodeArgumentBinder.Bind(call, template, diagnostics) is { } args) bound.Add((call, template, args));
            else ok = false;
        }
        return ok ? bound : null;
    }

    private sealed record Globals(SiteView Site, PageView Page, SeriesOverviewView? Series, ShortcodeFunctions Functions);

    /// <summary>Fills placeholders for one page in one mode (page or feed); each call is rendered once per mode.</summary>
    private sealed class Filler(IReadOnlyList<(ShortcodeCall Call, ShortcodeTemplate Template, ScriptObject Args)> calls,
        ShortcodeRenderer renderer, Globals globals, UrlBuilder urls, bool feed, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<int, string> _outputs = [];

        /// <summary>A template reported an error.</summary>
        public bool Failed { get; private set; }

        public string Fill(string html) =>
            html.Contains('\u0002') ? ShortcodeCall.PlaceholderPattern.Replace(html, m => Output(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))) : html;

        private string Output(int index)
        {
            if (_outputs.TryGetValue(index, out var done)) return done;
            var (call, template, args) = calls[index];
            var scope = new ScriptObject
            {
                ["args"] = args,
                // Nested shortcodes in the body are filled first, so the template gets finished HTML.
                ["body"] = Fill(call.BodyHtml),
                ["page"] = globals.Page,
                ["site"] = globals.Site,
                ["series"] = globals.Series,
                ["feed"] = feed,
                ["shortcode"] = new ScriptObject { ["name"] = call.Name, ["ordinal"] = call.Index },
            };
            globals.Functions.AddTo(scope);
            var output = renderer.Render(template, scope, call.At, diagnostics);
            Failed |= output is null;
            // Root links get the base path, as in raw HTML in markdown; links that already have it are left alone.
            output = RawHtmlLinks.Rewrite(output ?? "", urls.RelativeOnce);
            if (feed) output = FeedSafeHtml.Clean(output);
            return _outputs[index] = output;
        }
    }
}
