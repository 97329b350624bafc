using SalesForDevs.Languages;
using SalesForDevs.Linking;
using Scriban.Runtime;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Helpers themes call, in snake_case: <c>relative_url</c>, <c>absolute_url</c>, <c>format_date</c>, <c>reading_time</c>, <c>t</c>.
/// Built once per build and shared read-only by every page's context. Each is a <see cref="TemplateFunction"/>, not an
/// imported delegate, so that making them costs no reflection.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(UrlBuilder urls, Translations strings)
    {
        var functions = new ScriptObject();
        // relative_url "/assets/site.css" -> "/SalesForDevs/assets/site.css"; relative_url page.url leaves it as it is
        functions.SetValue("relative_url", TemplateFunction.Of<string?, string>("path", path => RelativeUrl(urls, path)), readOnly: true);
        // absolute_url "/feed.xml" -> "https://example.github.io/SalesForDevs/feed.xml"; absolute_url page.url works too
        functions.SetValue("absolute_url", TemplateFunction.Of<string?, string>("path", path => AbsoluteUrl(urls, path)), readOnly: true);
        // format_date page.date "d MMMM yyyy" -> "12 January 2026": month and day names of the site's language, from its i18n file
        functions.SetValue("format_date", TemplateFunction.Of<DateTime?, string, string>("date", "format", (date, format) => strings.Date(date, format)), readOnly: true);
        // reading_time 1000 -> "5 min read" (the language's reading_time string)
        functions.SetValue("reading_time", TemplateFunction.Of<int, string>("words", words => ReadingTime(strings, words)), readOnly: true);
        // t "read_more" -> "Read more"; t "reading_time" 5 -> "5 min read"; t "page_of" {page: 2, total: 5} -> "Page 2 of 5"
        functions["t"] = new TranslateFunction(strings);
        return functions;
    }

    public static string RelativeUrl(UrlBuilder urls, string? path) => urls.RelativeOnce(path ?? "");

    public static string AbsoluteUrl(UrlBuilder urls, string? path) =>
        UrlBuilder.IsExternal(path ?? "") ? path! : urls.BaseUrl.GetLeftPart(UriPartial.Authority) + urls.RelativeOnce(path ?? "");

    public static string ReadingTime(Translations strings, int words) =>
        strings.Text("reading_time", count: ReadingMinutes(words));

    /// <summary>Minutes at 230 words a minute, at least one.</summary>
    public static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Round(words / 230.0));
}
