using System.Globalization;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;
using Scriban.Runtime;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// A kept partial gives every page what rendering it there would have given: its key fields, its arguments, the
/// globals it sets; and includes write straight into the page with the same bytes as before (issue 14).
/// </summary>
public sealed class PartialCacheTests
{
    private static readonly string Posts = Post("2026-01-05", "alpha") + Post("2026-01-06", "beta") + Post("2026-01-07", "gamma", "tags: [sales]");

    [Fact]
    public void A_kept_partial_keyed_by_a_comparison_and_the_kind_differs_where_its_key_does()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/partials/footer.scriban --
            <p id="probe">{{ if page.slug == "beta" }}beta{{ else }}other{{ end }}|{{ page.kind }}|{{ site.title }}</p>

            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Contains("<p id=\"probe\">other|post|Test Blog</p>", site.Read("2026/01/alpha/index.html"));
        Assert.Contains("<p id=\"probe\">beta|post|Test Blog</p>", site.Read("2026/01/beta/index.html"));
        Assert.Contains("<p id=\"probe\">other|post|Test Blog</p>", site.Read("2026/01/gamma/index.html"));
        Assert.Contains("<p id=\"probe\">other|home|Test Blog</p>", site.Read("index.html"));
        Assert.Contains("<p id=\"probe\">other|tag|Test Blog</p>", site.Read("tags/sales/index.html"));
    }

    [Fact]
    public void A_global_a_kept_partial_sets_is_set_again_on_every_page_that_reuses_it()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/partials/mark.scriban --
            {{ if page.kind == "post" }}{{ mark = "set-by-partial" }}{{ end }}<b>{{ site.title }}</b>
            -- layouts/post.scriban --
            {{ mark = "set-by-layout" }}{{ include "partials/mark" }}<i id="mark">{{ mark }}</i>{{ content }}
            -- layouts/page.scriban --
            {{ mark = "set-by-layout" }}{{ include "partials/mark" }}<i id="mark">{{ mark }}</i>{{ content }}
            -- content/pages/about.md --
            ---
            title: About
            ---
            About.

            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var post in new[] { "alpha", "beta", "gamma" })
            Assert.Contains("<b>Test Blog</b>\n<i id=\"mark\">set-by-partial</i>", site.Read($"2026/01/{post}/index.html"));
        // Not a post: the partial leaves the layout's value, on a page that uses the same kept text otherwise.
        Assert.Contains("<b>Test Blog</b>\n<i id=\"mark\">set-by-layout</i>", site.Read("about/index.html"));
    }

    [Fact]
    public void A_partial_that_reads_the_page_or_a_global_set_by_its_caller_gives_each_page_its_own()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/partials/title.scriban --
            <h2>{{ page.title }}</h2>
            -- layouts/partials/greeting.scriban --
            <p>{{ greeting }}</p>
            -- layouts/partials/dynamic.scriban --
            {{ include ("partials/" + which) }}
            -- layouts/post.scriban --
            {{ include "partials/title" }}{{ greeting = "hi " + page.slug }}{{ include "partials/greeting" }}{{ which = "title" }}{{ include "partials/dynamic" }}{{ content }}

            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var (post, title) in new[] { ("alpha", "Alpha"), ("beta", "Beta"), ("gamma", "Gamma") })
        {
            var html = site.Read($"2026/01/{post}/index.html");
            Assert.Contains($"<h2>{title}</h2>\n<p>hi {post}</p>\n<h2>{title}</h2>", html);
        }
    }

    [Fact]
    public void A_kept_partial_takes_its_arguments_into_its_key()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/partials/arg.scriban --
            [{{ $1 }}]
            -- layouts/post.scriban --
            {{ include "partials/arg" page.slug }}{{ include "partials/arg" "fixed" }}{{ content }}

            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Contains("[alpha]\n[fixed]\n", site.Read("2026/01/alpha/index.html"));
        Assert.Contains("[beta]\n[fixed]\n", site.Read("2026/01/beta/index.html"));
    }

    [Fact]
    public void An_include_used_as_a_value_or_indented_gives_the_same_text_as_before()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/partials/two_lines.scriban --
            one
            two
            -- layouts/post.scriban --
            <div>
              {{ include "partials/two_lines" }}
            </div>
            {{ x = include "partials/two_lines" }}<pre>{{ x | string.upcase }}</pre>{{ include "partials/two_lines" | string.size }}
            {{ content }}

            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Scriban indents every line of an include written after spaces; the string form keeps that (bytes as sfd wrote them before).
        Assert.Contains("<div>\n  one\n  two\n\n</div>\n<pre>ONE\nTWO\n</pre>8\n<p>Body text.</p>", site.Read("2026/01/alpha/index.html"));
    }

    [Fact]
    public void An_error_inside_a_partial_written_in_place_names_its_line_and_the_page()
    {
        using var site = new TempSite(SiteYml + Posts + """
            -- layouts/partials/footer.scriban --
            <footer>
            {{ site.nope }}
            </footer>

            """);
        var build = CliInvocation.Run(site.Root, "build");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("layouts/partials/footer.scriban:2:9: error: Cannot get member with name nope. (while rendering", build.Error);
        Assert.DoesNotContain("   at ", build.Error);
    }

    [Fact]
    public void Reused_includes_write_what_rendering_them_would_have_written()
    {
        using var site = new TempSite(SiteYml + """
            -- layouts/partials/kept.scriban --
            {{ t = "h" + (page.kind == "home" ? "1" : "2") }}<{{ t }}>{{ site.title | html.escape }}</{{ t }}>{{ if page.slug != "x" }} not x{{ end }}
            -- layouts/probe.scriban --
            {{ include "partials/kept" }}|{{ t }}|{{ include "partials/kept" | string.size }}

            """);
        var theme = ThemeLoader.Load(site.Root, "default", new DiagnosticBag())!;
        var pages = new[] { ("home", "a"), ("post", "x"), ("post", "y"), ("home", "a"), ("tag", "x"), ("post", "x") };

        var kept = Render(theme, pages, keep: true, out var cache);
        var rendered = Render(theme, pages, keep: false, out _);

        Assert.Equal(rendered, kept);
        Assert.Equal("<h1>A &amp; B</h1> not x\n|h1|25\n", kept[0]);
        Assert.Equal("<h2>A &amp; B</h2>\n|h2|19\n", kept[1]);
        // Three distinct keys (home or not, slug x or not) among twelve includes: the rest were written from what was kept.
        Assert.Equal((9L, 3L), cache!.Counts);
    }

    private static List<string> Render(Theme theme, (string Kind, string Slug)[] pages, bool keep, out PartialCache? cache)
    {
        var site = new ScriptObject { ["title"] = "A & B" };
        var builtins = new Scriban.Functions.BuiltinFunctions();
        var functions = new ScriptObject { ["include"] = new IncludeChainFunction() };
        var constants = new Dictionary<string, object?> { ["site"] = site, ["include"] = functions["include"] };
        foreach (var name in PartialAnalyzer.BuiltinNames) constants[name] = builtins[name];
        cache = keep ? new PartialCache(theme, constants) : null;
        var output = new List<string>();
        foreach (var (kind, slug) in pages)
        {
            var context = new ThemeTemplateContext(builtins, TemplateLimits.ForSite(10), new TemplateFailures())
            {
                Partials = cache, TemplateLoader = new ThemeTemplateLoader(theme), StrictVariables = true, NewLine = "\n",
            };
            foreach (var (name, t) in theme.Templates) context.CachedTemplates[name] = t.Template;
            context.PushCulture(CultureInfo.InvariantCulture);
            context.PushGlobal(functions);
            context.PushGlobal(new ScriptObject { ["site"] = site, ["page"] = new ScriptObject { ["kind"] = kind, ["slug"] = slug } });
            context.StartPage("probe");
            output.Add(theme.Find("probe")!.Template.Render(context));
        }
        return output;
    }
}
