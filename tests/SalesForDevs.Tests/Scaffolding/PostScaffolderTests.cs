using SalesForDevs.Building;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Scaffolding;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Scaffolding;

public sealed class PostScaffolderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 8, 30, 15, TimeSpan.Zero);

    private readonly TempSite _site = new("""
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        series:
          sales-for-devs:
            title: Sales for Devs
            sections: [strategy, tactics]
          notes:
            title: Notes
            sections: [intro, tactics]
          plain:
            title: Plain
        -- content/posts/2026-01-12-you-are-now-in-the-sales-business.md --
        ---
        title: You are now in the sales business
        series: sales-for-devs
        section: strategy
        ---
        Body.
        -- content/posts/2026-04-01-later.md --
        ---
        title: Later
        ---
        Body.
        """);

    private NewPostResult Create(NewPostRequest request) => PostScaffolder.Create(_site.Root, request, Now);

    private static string Errors(NewPostResult result) => string.Join("\n", result.Diagnostics);

    [Fact]
    public void Creates_a_dated_draft_with_the_front_matter_filled_in()
    {
        var result = Create(new NewPostRequest("Make the ask") { Section = "strategy", BuildsOn = ["you-are-now-in-the-sales-business"] });

        Assert.Equal(NewPostStatus.Created, result.Status);
        Assert.Equal(Path.Combine(_site.Root, "content", "posts", "2026-03-10-make-the-ask.md"), result.Path);
        var text = File.ReadAllText(result.Path!);
        Assert.StartsWith("""
            ---
            title: "Make the ask"
            date: 2026-03-10T08:30:15Z
            slug: make-the-ask

            """.Replace("\r\n", "\n"), text);
        Assert.Contains("\nseries: sales-for-devs\nsection: strategy\nbuilds_on: [you-are-now-in-the-sales-business]\ndraft: true\n---\n", text);
        Assert.Contains("[You are now in the sales business](2026-01-12-you-are-now-in-the-sales-business.md)", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void The_new_file_loads_back_as_a_draft_and_builds_with_drafts()
    {
        var result = Create(new NewPostRequest("Make the ask") { Section = "strategy", BuildsOn = ["you-are-now-in-the-sales-business"] });

        var bag = new DiagnosticBag();
        var item = ContentLoader.Parse(File.ReadAllText(result.Path!), "content/posts/2026-03-10-make-the-ask.md", ContentKind.Post, bag);
        Assert.Empty(bag.Sorted());
        Assert.True(item!.IsDraft);
        Assert.Equal(Now, item.Date);
        Assert.Equal(["you-are-now-in-the-sales-business"], item.FrontMatter.BuildsOn.Select(b => b.Value));

        var build = _site.Build(new BuildOptions { Now = Now, IncludeDrafts = true });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.True(_site.Exists("2026/03/make-the-ask/index.html"));
    }

    [Theory]
    [InlineData("He said \"no\": #1 \\ ok")]
    [InlineData("- [x]: yes, {no} & 'maybe' | > %")]
    [InlineData("Tab\there")]
    public void Titles_with_yaml_syntax_in_them_read_back_unchanged(string title)
    {
        var result = Create(new NewPostRequest(title) { Slug = "odd" });

        Assert.Equal(NewPostStatus.Created, result.Status);
        var bag = new DiagnosticBag();
        var item = ContentLoader.Parse(File.ReadAllText(result.Path!), "content/posts/2026-03-10-odd.md", ContentKind.Post, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(title, item!.Title);
    }

    [Fact]
    public void A_section_alone_picks_the_one_series_that_has_it()
    {
        var text = File.ReadAllText(Create(new NewPostRequest("Why") { Section = "strategy" }).Path!);
        Assert.Contains("\nseries: sales-for-devs\nsection: strategy\n", text);
    }

    [Fact]
    public void A_section_in_several_series_needs_the_series()
    {
        var result = Create(new NewPostRequest("How") { Section = "tactics" });
        Assert.Equal(NewPostStatus.InvalidRequest, result.Status);
        Assert.Equal("error: section `tactics` is in several series (sales-for-devs, notes); pass --series with one of them", Errors(result));

        var text = File.ReadAllText(Create(new NewPostRequest("How") { Section = "tactics", Series = "notes" }).Path!);
        Assert.Contains("\nseries: notes\nsection: tactics\n", text);
    }

    [Fact]
    public void An_unknown_section_names_the_closest_one()
    {
        var result = Create(new NewPostRequest("How") { Section = "tactic", Series = "sales-for-devs" });
        Assert.Equal(NewPostStatus.InvalidRequest, result.Status);
        Assert.Equal("error: section `tactic` is not declared; series `sales-for-devs` has strategy, tactics; did you mean `tactics`?", Errors(result));
        Assert.Empty(Directory.GetFiles(Path.Combine(_site.Root, "content", "posts"), "*how*"));
    }

    [Fact]
    public void A_series_with_sections_needs_a_section()
    {
        var result = Create(new NewPostRequest("How") { Series = "sales-for-devs" });
        Assert.Equal("error: series `sales-for-devs` has sections (strategy, tactics); pass --section with one of them", Errors(result));

        var plain = File.ReadAllText(Create(new NewPostRequest("How") { Series = "plain" }).Path!);
        Assert.Contains("\nseries: plain\ndraft: true\n", plain);
    }

    [Fact]
    public void Builds_on_must_name_an_existing_earlier_post()
    {
        var missing = Create(new NewPostRequest("How") { BuildsOn = ["you-are-now-in-the-sales-busines"] });
        Assert.Equal(NewPostStatus.InvalidRequest, missing.Status);
        Assert.Equal("error: --builds-on `you-are-now-in-the-sales-busines`: no post has that slug; did you mean `you-are-now-in-the-sales-business`?", Errors(missing));

        var later = Create(new NewPostRequest("How") { BuildsOn = ["later"] });
        Assert.Equal("error: --builds-on `later`: that post is dated 2026-04-01, after this one; a post can only build on earlier posts", Errors(later));
    }

    [Fact]
    public void Builds_on_accepts_a_file_name_and_writes_its_slug()
    {
        var text = File.ReadAllText(Create(new NewPostRequest("How") { BuildsOn = ["2026-01-12-you-are-now-in-the-sales-business.md"] }).Path!);
        Assert.Contains("\nbuilds_on: [you-are-now-in-the-sales-business]\n", text);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        var first = Create(new NewPostRequest("Make the ask"));
        File.WriteAllText(first.Path!, "mine");

        var second = Create(new NewPostRequest("Make the ask"));

        Assert.Equal(NewPostStatus.AlreadyExists, second.Status);
        Assert.Equal("content/posts/2026-03-10-make-the-ask.md: error: this file already exists and was left as it was; edit it, or pick another title, --slug or --date", Errors(second));
        Assert.Equal("mine", File.ReadAllText(first.Path!));
    }

    [Fact]
    public void A_slug_another_post_has_is_refused()
    {
        var result = Create(new NewPostRequest("Later") { Date = "2026-05-01" });
        Assert.Equal("error: content/posts/2026-04-01-later.md already has the slug `later`, and builds_on names posts by slug; pass another --slug", Errors(result));
    }

    [Theory]
    [InlineData("2026-02-01", "2026-02-01-x.md", "date: 2026-02-01\n")]
    [InlineData("2026-02-01T23:30:00+02:00", "2026-02-01-x.md", "date: 2026-02-01T23:30:00+02:00\n")]
    [InlineData("2026-02-01 10:00", "2026-02-01-x.md", "date: 2026-02-01T10:00:00Z\n")]
    public void A_given_date_names_the_file_and_fills_the_date(string date, string fileName, string line)
    {
        var result = Create(new NewPostRequest("X") { Date = date });
        Assert.Equal(fileName, Path.GetFileName(result.Path));
        Assert.Contains("\n" + line, File.ReadAllText(result.Path!));
    }

    [Fact]
    public void A_bad_date_or_an_unsluggable_title_is_bad_usage()
    {
        Assert.Equal("error: --date \"2026-13-01\" is not a valid date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (for example 2026-02-09T09:00:00Z)",
            Errors(Create(new NewPostRequest("X") { Date = "2026-13-01" })));
        Assert.Equal(NewPostStatus.InvalidRequest, Create(new NewPostRequest("?!")).Status);
        Assert.Equal(NewPostStatus.Created, Create(new NewPostRequest("?!") { Slug = "questions" }).Status);
        Assert.Equal(NewPostStatus.InvalidRequest, Create(new NewPostRequest("  ")).Status);
    }

    [Fact]
    public void A_broken_site_yml_is_a_site_error()
    {
        _site.Write("site.yml", "title: Test\n");
        var result = Create(new NewPostRequest("X"));
        Assert.Equal(NewPostStatus.SiteErrors, result.Status);
        Assert.Contains("base_url", Errors(result));
    }

    public void Dispose() => _site.Dispose();
}
