using System.Globalization;
using SalesForDevs.Linking;
using Scriban.Runtime;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Helpers themes call, in snake_case: <c>relative_url</c>, <c>absolute_url</c>, <c>format_date</c>, <c>reading_time</c>.
/// Built once per build and shared read-only by every page's context.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(UrlBuilder urls)
    {
        var functions = new ScriptObject();
        // relative_url "/assets/site.css" -> "/SalesForDevs/assets/site.css"; relative_url page.url leaves it as it is
        functions.Import("relative_url", new Func<string?, string>(path => RelativeUrl(urls, path)));
        // absolute_url "/feed.xml" -> "https://example.github.io/SalesForDevs/feed.xml"; absolute_url page.url works too
        functions.Import("absolute_url", new Func<string?, string>(path => AbsoluteUrl(urls, path)));
        // format_date page.date "yyyy-MM-dd" -> "2026-01-12" (invariant culture, so builds match everywhere)
        functions.Import("format_date", new Func<DateTime?, string, string>(FormatDate));
        // reading_time 1000 -> "5 min read"
        functions.Import("reading_time", new Func<int, string>(ReadingTime));
        return functions;
    }

    public static string RelativeUrl(UrlBuilder urls, string? path) => urls.RelativeOnce(path ?? "");

    public static string AbsoluteUrl(UrlBuilder urls, string? path) =>
        UrlBuilder.IsExternal(path ?? "") ? path! : urls.BaseUrl.GetLeftPart(UriPartial.Authority) + urls.RelativeOnce(path ?? "");

    public static string FormatDate(DateTime? date, string format) =>
        date?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    public static string ReadingTime(int words) =>
        $"{Math.Max(1, (int)Math.Round(words / 230.0))} min read";
}
