using SalesForDevs.Serving;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Serving;

/// <summary>
/// A build that fails after its pages were rendered keeps nothing the next build would reuse without a look, and a body
/// edit makes only the edited post's search document again (issue 14).
/// </summary>
public sealed partial class ServeEditTests
{
    private const string Pictures = "content/posts/2026-02-01-pictures/index.md";

    /// <summary>A photo-like JPEG made with the image library itself.</summary>
    private static byte[] Jpeg(int width, int height)
    {
        using var xyz = NetVips.Image.Xyz(width, height);
        using var red = xyz[0] * (255.0 / width);
        using var rgb = red.Bandjoin(xyz[1] * (255.0 / height), (xyz[0] + xyz[1]) % 256).Cast(NetVips.Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 90);
    }

    /// <summary>
    /// The test site with a pictures post beside a photo whose header is whole but whose body is cut off: only the
    /// images stage, after the pages, finds out, once a save makes the post show it.
    /// </summary>
    private static TempSite SiteWithCutPhoto()
    {
        var site = new TempSite(Files + $"\n-- {Pictures} --\n---\ntitle: Pictures\n---\nThe pictures.\n\n<!--more-->\n\nNone yet.\n");
        var photo = Jpeg(1800, 900);
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-02-01-pictures/cut.jpg"), photo[..(photo.Length / 3)]);
        return site;
    }

    [Fact]
    public void A_build_that_fails_after_its_pages_leaves_no_page_the_next_build_reuses_unseen()
    {
        using var site = SiteWithCutPhoto();
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);
        var original = File.ReadAllText(Path.Combine(site.Root, Pictures));

        // One save changes second's summary, which the lists show, and shows the cut photo: the build renders the lists
        // with the new summary, then fails at the photo.
        site.Write(Second, SecondWith(opening: "An opening that never made it."));
        site.Write(Pictures, original.Replace("None yet.", "![a cut photo](cut.jpg)", StringComparison.Ordinal));
        var failed = live.Rebuild(new SiteChanges([Second, Pictures], 0));
        Assert.False(failed.Succeeded, Text(live, "2026/02/pictures/index.html"));
        Assert.True(failed.PagesRendered > 1, $"{failed.PagesRendered} pages rendered before the failure");

        // Both saved back as they were: with the same graph, only the two bodies changed since the last good build, and
        // no summary did; the lists must be the last good build's, not the failed build's.
        site.Write(Second, SecondWith());
        site.Write(Pictures, original);
        var fixedAgain = live.Rebuild(new SiteChanges([Second, Pictures], 0));
        Assert.True(fixedAgain.Succeeded, string.Join("\n", fixedAgain.Diagnostics));
        Assert.True(fixedAgain.GraphReused);
        Assert.DoesNotContain("never made it", Text(live, "page/2/index.html"));
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void A_body_edit_makes_only_its_own_search_document_again()
    {
        using var site = new TempSite(Files);
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        var first = live.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var index = live.Current!.Files["search-index.json"];
        Assert.NotNull(index.Parts);

        site.Write(Second, SecondWith(rest: "The rest of second, with a word like xylophone."));
        var report = live.Rebuild(new SiteChanges([Second], 0));

        Assert.True(report.GraphReused);
        Assert.Contains("xylophon", Text(live, "search-index.json"));
        // Made again: second's document, the index around it and the nine feeds that carry second; the other five
        // documents are reused.
        Assert.Equal(3 * 3 + 2, report.OutputsWritten);
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void A_post_that_shows_an_image_is_served_with_the_copies_sfd_build_makes()
    {
        using var site = new TempSite(Files + $"\n-- {Pictures} --\n---\ntitle: Pictures\n---\nThe pictures.\n\n<!--more-->\n\n![a photo](photo.jpg)\n");
        File.WriteAllBytes(Path.Combine(site.Root, "content/posts/2026-02-01-pictures/photo.jpg"), Jpeg(1000, 500));
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);

        Assert.Contains("srcset=", Text(live, "2026/02/pictures/index.html"));
        AssertSameAsBuild(site, live);
    }

    [Fact]
    public void A_body_edited_in_a_build_that_failed_is_shown_once_a_later_build_works()
    {
        using var site = SiteWithCutPhoto();
        var live = new LiveSite(site.Root, Options, "http://127.0.0.1:4999");
        Assert.True(live.Rebuild().Succeeded);
        var original = File.ReadAllText(Path.Combine(site.Root, Pictures));

        // Second's body and the cut photo in one save: the build fails at the photo.
        site.Write(Second, SecondWith(rest: "The rest of second, saved with the photo."));
        site.Write(Pictures, original.Replace("None yet.", "![a cut photo](cut.jpg)", StringComparison.Ordinal));
        Assert.False(live.Rebuild(new SiteChanges([Second, Pictures], 0)).Succeeded);

        // Only the photo is taken out again: second's edit, made in the failed build, must show now.
        site.Write(Pictures, original);
        var report = live.Rebuild(new SiteChanges([Pictures], 0));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.True(report.GraphReused);
        Assert.Contains("saved with the photo", Text(live, "2026/01/second/index.html"));
        AssertSameAsBuild(site, live);
    }
}
