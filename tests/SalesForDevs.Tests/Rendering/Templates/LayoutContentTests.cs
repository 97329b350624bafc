using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// When base writes <c>{{ content }}</c> alone, a first build renders the page's layout right there, into the page;
/// any other use of content keeps the main column as a string, and the bytes are the same either way (issue 14).
/// </summary>
public sealed class LayoutContentTests
{
    private static readonly string Posts = Post("2026-01-05", "alpha") + Post("2026-01-06", "beta");

    private static bool IsAlone(string? baseLayout, params (string Name, string Text)[] others)
    {
        using var site = new TempSite(SiteYml);
        if (baseLayout is not null) site.Write("layouts/base.scriban", baseLayout);
        foreach (var (name, text) in others) site.Write($"layouts/{name}.scriban", text);
        var theme = ThemeLoader.Load(site.Root, "default", new DiagnosticBag())!;
        return ContentStatement.IsAlone(theme);
    }

    [Fact]
    public void The_default_base_writes_content_alone()
    {
        Assert.True(IsAlone(null));
    }

    [Theory]
    [InlineData("<main>{{ content | string.strip }}</main>")]
    [InlineData("{{ if page.kind == \"post\" }}{{ content }}{{ end }}")]
    [InlineData("{{ content }}{{ content }}")]
    [InlineData("{{ include (\"partials/\" + \"footer\") }}{{ content }}")]
    [InlineData("{{ ret }}{{ content }}")]
    [InlineData("{{ capture c }}{{ content }}{{ end }}{{ c }}")]
    public void Any_other_use_of_content_in_base_keeps_the_string(string baseLayout)
    {
        Assert.False(IsAlone(baseLayout));
    }

    [Fact]
    public void A_partial_of_base_that_reads_content_keeps_the_string()
    {
        Assert.False(IsAlone(null, ("partials/footer", "<footer>{{ content | string.size }}</footer>")));
    }

    [Fact]
    public void Pages_are_the_same_whether_base_writes_content_alone_or_not()
    {
        const string Layout = """
            -- layouts/post.scriban --
            {{ mine = "layout" }}<article>
              {{ include "partials/series_banner" }}
            {{ content }}</article>

            """;
        using var alone = new TempSite(SiteYml + Posts + Layout + """
            -- layouts/base.scriban --
            <body>
            {{ content }}
            </body>

            """);
        using var asText = new TempSite(SiteYml + Posts + Layout + """
            -- layouts/base.scriban --
            <body>
            {{ content | string.slice 0 }}
            </body>

            """);
        Assert.True(alone.Build().Succeeded);
        Assert.True(asText.Build().Succeeded);

        var page = alone.Read("2026/01/alpha/index.html");
        Assert.Equal(asText.Read("2026/01/alpha/index.html"), page);
        Assert.Equal("<body>\n<article>\n  \n<p>Body text.</p>\n</article>\n\n</body>\n", page);
    }

    [Fact]
    public void What_the_layout_assigns_stays_its_own()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/post.scriban --
            {{ mine = "layout" }}{{ content }}
            -- layouts/base.scriban --
            {{ content }}{{ mine }}

            """);
        var build = CliInvocation.Run(site.Root, "build");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("layouts/base.scriban:1:17: error: The variable or function `mine` was not found", build.Error);
    }

    [Fact]
    public void What_base_assigns_before_content_stays_out_of_the_layout_as_on_a_rebuild()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/post.scriban --
            {{ ours }}{{ content }}
            -- layouts/base.scriban --
            {{ ours = "base" }}{{ content }}{{ ours }}

            """);
        var first = CliInvocation.Run(site.Root, "build");
        var again = CliInvocation.Run(site.Root, "build");

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("layouts/post.scriban:1:4: error: The variable or function `ours` was not found", first.Error);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("layouts/post.scriban:1:4: error: The variable or function `ours` was not found", again.Error);
    }

    [Fact]
    public void What_base_assigns_is_its_own_again_after_content()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/post.scriban --
            <p>{{ content }}</p>
            -- layouts/base.scriban --
            {{ ours = "base" }}{{ content }}<i>{{ ours }}</i>

            """);
        var build = CliInvocation.Run(site.Root, "build");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("</p>\n<i>base</i>", File.ReadAllText(Directory.EnumerateFiles(Path.Combine(site.Root, "_site"), "index.html", SearchOption.AllDirectories)
            .First(f => f.Contains("alpha", StringComparison.Ordinal))));
    }

    [Fact]
    public void An_error_in_the_layout_names_its_line_and_the_page()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/post.scriban --
            <article>
            {{ page.nope }}
            </article>

            """);
        var build = CliInvocation.Run(site.Root, "build");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("layouts/post.scriban:2:9: error: Cannot get member with name nope. (while rendering content/posts/2026-01-05-alpha.md and 1 other page)", build.Error);
        Assert.DoesNotContain("   at ", build.Error);
    }
}
