using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Languages;

// Issue 16: sfd serve follows edits of the i18n files, and raw HTML in a bundle links to its files there too.
public sealed class LanguageServeTests
{
    [Fact]
    public void Editing_the_sites_i18n_file_changes_every_page_on_the_next_rebuild()
    {
        using var site = new TempSite(SiteYml.Replace("paginate: 2", "paginate: 2\nlanguage: de") + Post("2026-01-05", "erster")
            + "-- content/posts/2026-01-06-bild/index.md --\n---\ntitle: Bild\n---\n<img src=\"chart.png\" alt=\"Diagramm\">\n");
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-01-06-bild/chart.png"), TestImages.Png(8, 8));
        var live = new LiveSite(site.Root, new ServeOptions { Clock = new FixedClock(TempSite.Now) }, "http://127.0.0.1:4000");
        Assert.True(live.Rebuild().Succeeded);
        Assert.Contains(">Zum Inhalt springen</a>", Page(live, "2026/01/erster/index.html"));
        var bild = Page(live, "2026/01/bild/index.html"); Assert.True(bild.Contains("<img src=\"/blog/2026/01/bild/chart.png\" alt=\"Diagramm\">"), bild[bild.IndexOf("post-content")..][..400]);

        site.Write("i18n/de.yml", "skip_to_content: Direkt zum Text\n");
        Assert.True(live.Rebuild().Succeeded);
        Assert.Contains(">Direkt zum Text</a>", Page(live, "2026/01/erster/index.html"));
        Assert.Contains(">Direkt zum Text</a>", Page(live, "index.html"));
    }

    private static string Page(LiveSite live, string path) => live.Current!.Files[path].Text!;
}
