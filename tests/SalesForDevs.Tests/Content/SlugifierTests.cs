using SalesForDevs.Content;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Content;

/// <summary>Slugs transliterate other scripts and keep tags that mean different things apart (issue 16; issue 11, fault 10).</summary>
public sealed class SlugifierTests
{
    [Theory]
    [InlineData("C", "c")]
    [InlineData("C#", "csharp")]
    [InlineData("C++", "cpp")]
    [InlineData("F# for fun", "fsharp-for-fun")]
    [InlineData("Café", "cafe")]
    [InlineData("café-crème", "cafe-creme")]
    [InlineData("Über Straße", "uber-strasse")]
    [InlineData("Café: the ask!", "cafe-the-ask")]
    [InlineData("Don't panic", "dont-panic")]
    [InlineData("Привет", "privet")]
    [InlineData("🚀", "rocket")]
    [InlineData("#1 tip", "1-tip")]
    [InlineData("???", "")]
    public void Slugify_transliterates_and_spells_out_language_names(string text, string slug) =>
        Assert.Equal(slug, Slugifier.Slugify(text));

    [Fact]
    public void Tags_of_only_symbols_get_a_stable_hashed_slug()
    {
        Assert.Matches("^tag-[0-9a-f]{8}$", Slugifier.TagSlug("???"));
        Assert.Equal(Slugifier.TagSlug("???"), Slugifier.TagSlug(" ??? "));
        Assert.NotEqual(Slugifier.TagSlug("???"), Slugifier.TagSlug("!!!"));
    }

    [Fact]
    public void C_csharp_and_cpp_get_three_pages_and_each_post_shows_its_own_tags()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-01", "both", "tags: [C, C++]") + Post("2026-01-02", "sharp", "tags: [C#]"));
        var build = CliInvocation.Run(site.Root, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("Both", site.Read("tags/c/index.html"));
        Assert.Contains("Both", site.Read("tags/cpp/index.html"));
        Assert.DoesNotContain("Both", site.Read("tags/csharp/index.html"));
        Assert.Contains("Sharp", site.Read("tags/csharp/index.html"));
        var both = site.Read("2026/01/both/index.html");
        Assert.Contains("/blog/tags/cpp/", both);
        Assert.DoesNotContain("/blog/tags/csharp/", both);
    }

    [Fact]
    public void Tags_in_other_scripts_and_of_symbols_are_never_dropped()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-01", "world", "tags: [שלום, 日本語, Привет, \"???\", \"🚀\"]"));
        var build = CliInvocation.Run(site.Root, "build", "--strict");
        Assert.True(build.ExitCode == 0, build.ToString());
        var page = site.Read("2026/01/world/index.html");
        foreach (var name in new[] { "שלום", "日本語", "Привет", "???", "🚀" })
        {
            var slug = Slugifier.TagSlug(name);
            Assert.True(slug.Length > 0);
            Assert.Contains($"/blog/tags/{slug}/", page);
            Assert.Contains(name, System.Net.WebUtility.HtmlDecode(site.Read($"tags/{slug}/index.html")));
        }
        Assert.True(site.Exists("tags/privet/index.html"));
        Assert.True(site.Exists("tags/rocket/index.html"));
    }

    [Fact]
    public void Tags_that_differ_only_in_case_spacing_or_accents_are_one_tag()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-01", "one", "tags: [Sales Tips, Café]") + Post("2026-01-02", "two", "tags: [sales-tips, cafe]"));
        Assert.Equal(0, CliInvocation.Run(site.Root, "build").ExitCode);
        var tags = Directory.GetDirectories(Path.Combine(site.Output, "tags")).Select(Path.GetFileName).Order();
        Assert.Equal(["cafe", "sales-tips"], tags);
        Assert.Contains("Two", site.Read("tags/cafe/index.html"));
        Assert.Contains("One", site.Read("tags/cafe/index.html"));
    }

    [Fact]
    public void Two_tags_of_different_meaning_with_one_slug_are_an_error_naming_both_files()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-01", "one", "tags: [C#]") + Post("2026-01-02", "two", "tags: [csharp]"));
        var build = CliInvocation.Run(site.Root, "build");
        Assert.Equal(1, build.ExitCode);
        Assert.StartsWith("content/posts/2026-01-02-two.md: error: the tag `csharp` would share the page /tags/csharp/ with the tag `C#` of content/posts/2026-01-01-one.md, which means something else; rename one of them",
            build.Error);
    }

    [Fact]
    public void A_post_file_name_with_accents_gives_an_ascii_slug()
    {
        using var site = new TempSite(SiteYml + "-- content/posts/2026-03-17-café-crème.md --\n---\ntitle: Café crème\n---\nText.\n");
        Assert.Equal(0, CliInvocation.Run(site.Root, "build").ExitCode);
        Assert.True(site.Exists("2026/03/cafe-creme/index.html"));
    }

    [Theory]
    [InlineData("Über Straße", "uber-strasse")]
    [InlineData("Café: the ask!", "cafe-the-ask")]
    [InlineData("🚀🚀", "rocket-rocket")]
    public void New_post_transliterates_the_title_into_the_file_name(string title, string slug)
    {
        using var site = new TempSite(SiteYml);
        var result = CliInvocation.Run(site.Root, "new", "post", title, "--date", "2026-02-09");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "posts", $"2026-02-09-{slug}.md")), result.ToString());
    }

    /// <summary>Fault 8: a post with 1,000 tags gives each tag's feed one category, not all 1,000.</summary>
    [Fact]
    public void A_post_with_a_thousand_tags_gives_output_that_grows_linearly()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"t{i}"));
        using var site = new TempSite(SiteYml + Post("2026-01-01", "many", $"tags: [{tags}]"));
        Assert.Equal(0, CliInvocation.Run(site.Root, "build").ExitCode);

        Assert.Equal(1000, Directory.GetDirectories(Path.Combine(site.Output, "tags")).Length);
        var feed = site.Read("tags/t500/feed.xml");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(feed, "<category>"));
        Assert.Equal(1000, System.Text.RegularExpressions.Regex.Matches(site.Read("feed.xml"), "<category>").Count);
        // Every tag folder is about the same small size; with every category repeated it would hold 1,000 each.
        var largest = Directory.GetFiles(Path.Combine(site.Output, "tags", "t999")).Max(f => new FileInfo(f).Length);
        Assert.True(largest < 20_000, $"a tag's file has {largest} bytes");
    }
}
