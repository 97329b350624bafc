using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// Which partials a build may render once and reuse, decided from their parsed templates: only those whose output
/// cannot differ between two pages with the same key (issue 14).
/// </summary>
public sealed class PartialAnalyzerTests
{
    private static readonly HashSet<string> Functions = ["t", "relative_url", "absolute_url", "format_date", "reading_time", "include"];

    private static PartialShape Shape(string name, string? partial = null, params (string Name, string Text)[] others)
    {
        using var site = new TempSite(SiteYml);
        if (partial is not null) site.Write($"layouts/{name}.scriban", partial);
        foreach (var (other, text) in others) site.Write($"layouts/{other}.scriban", text);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(site.Root, "default", diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        return PartialAnalyzer.Analyze(theme, name, Functions);
    }

    [Fact]
    public void The_default_sidebar_is_kept_keyed_by_whether_the_page_is_the_subscribe_page()
    {
        var shape = Shape("partials/sidebar");
        Assert.True(shape.CanKeep, shape.Unsafe);
        Assert.Equal(["page.slug!=\"subscribe\""], shape.Keys.Select(k => k.ToString()));
        Assert.Contains("site", shape.Constants);
        Assert.Contains("t", shape.Constants);
    }

    [Fact]
    public void The_default_site_header_is_kept_keyed_by_home_and_first_page()
    {
        var shape = Shape("partials/site_header");
        Assert.True(shape.CanKeep, shape.Unsafe);
        Assert.Equal(["page.kind==\"home\"", "paginator.page==1"], shape.Keys.Select(k => k.ToString()));
    }

    [Fact]
    public void The_default_footer_depends_on_the_build_only()
    {
        var shape = Shape("partials/footer");
        Assert.True(shape.CanKeep, shape.Unsafe);
        Assert.Empty(shape.Keys);
    }

    [Theory]
    [InlineData("partials/head", "reads `page.title`")]
    [InlineData("partials/post_card", "reads `post`")]
    [InlineData("partials/byline", "reads `authors`")]
    [InlineData("partials/related", "reads `page.related`")]
    public void Default_partials_that_read_the_page_are_rendered_on_every_include(string name, string reason)
    {
        var shape = Shape(name);
        Assert.False(shape.CanKeep);
        Assert.StartsWith(reason, shape.Unsafe);
    }

    [Theory]
    [InlineData("<h1>{{ page.title }}</h1>", "reads `page.title`, which differs from page to page")]
    [InlineData("{{ x = page.slug == \"a\" }}{{ for t in page.tags }}{{ t.name }}{{ end }}", "reads `page.tags`")]
    [InlineData("{{ include (\"partials/\" + site.title) }}", "includes a template named at run time")]
    [InlineData("{{ date.now }}", "calls `date.now`")]
    [InlineData("{{ math.random 1 10 }}", "calls `math.random`")]
    [InlineData("{{ d = date }}{{ d.now }}", "reads `date` as a whole")]
    [InlineData("{{ post.title }}", "reads `post`, which it does not set itself")]
    [InlineData("{{ heading }}{{ heading = \"h2\" }}", "reads `heading`, which it does not set itself")]
    [InlineData("{{ page }}", "reads `page` as a whole")]
    [InlineData("{{ content }}", "reads `content`")]
    [InlineData("{{ site.title = \"x\" }}", "assigns to `site.title`")]
    [InlineData("{{ capture x }}a{{ end }}", "uses `CaptureStatement`")]
    [InlineData("{{ func f; ret 1; end }}", "uses `")]
    [InlineData("{{ object.eval \"1\" }}", "calls `object.eval`")]
    [InlineData("{{ include \"partials/probe\" }}", "includes `partials/probe` inside itself")]
    [InlineData("{{ page.kind | string.upcase }}{{ page.comments }}", "reads `page.comments`")]
    public void A_partial_that_could_differ_between_pages_is_not_kept(string text, string reason)
    {
        var shape = Shape("partials/probe", text);
        Assert.False(shape.CanKeep);
        Assert.StartsWith(reason, shape.Unsafe);
    }

    [Fact]
    public void A_partial_that_includes_an_unsafe_one_is_not_kept()
    {
        var shape = Shape("partials/probe", "<div>{{ include \"partials/inner\" }}</div>", ("partials/inner", "{{ page.title }}"));
        Assert.False(shape.CanKeep);
        Assert.Equal("reads `page.title`, which differs from page to page (in `partials/inner`)", shape.Unsafe);
    }

    [Fact]
    public void A_site_override_of_a_kept_partial_goes_through_the_same_analysis()
    {
        Assert.True(Shape("partials/footer").CanKeep);
        var shape = Shape("partials/footer", "<footer>{{ page.permalink }}</footer>");
        Assert.False(shape.CanKeep);
    }

    [Theory]
    [InlineData("{{ for item in site.menu }}<a href=\"{{ item.url }}\">{{ item.title | html.escape }}</a>{{ if !for.last }} · {{ end }}{{ end }}")]
    [InlineData("{{ x = \"a\" }}{{ if page.kind == \"post\" }}{{ x = \"b\" }}{{ else }}{{ x = \"c\" }}{{ end }}{{ x }}")]
    [InlineData("{{ $n = $1 ?? \"none\" }}{{ $n }}{{ t \"subscribe\" }} {{ relative_url \"/a/\" }}")]
    [InlineData("{{ include \"partials/footer\" }}{{ site.params.x ?? \"-\" }}")]
    [InlineData("{{ if site.title == \"x\" }}{{ shown = 1 }}{{ end }}")]
    public void A_partial_that_reads_only_the_build_and_keyed_fields_is_kept(string text)
    {
        var shape = Shape("partials/probe", text);
        Assert.True(shape.CanKeep, shape.Unsafe);
    }
}
