using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;
using SalesForDevs.Views;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// <c>{{ page.content }}</c> alone writes the post's UTF-8 body straight into a UTF-8 page; the page is the same as
/// the string would make, and anything the bytes cannot do exactly goes the string way (issue 14).
/// </summary>
public sealed class PageContentWriteTests
{
    private const string Body = "<p>Grüße – “quoted” \U0001F600</p>\n<pre><code>x\n</code></pre>\n";

    [Theory]
    [InlineData("<main>\n{{ page.content }}\n</main>\n")]
    [InlineData("{{ for i in 1..2 }}<div>{{ page.content }}</div>{{ end }}")]
    [InlineData("{{~ if page.kind == \"post\" ~}}\n{{ page.content }}{{ end }}<p>{{ page.content | string.size }}</p>")]
    [InlineData("{{ page.content }}")]
    public void The_bytes_are_those_of_the_string(string layout)
    {
        var (bytes, wroteUtf8) = Render(layout, rewrite: true);
        Assert.True(wroteUtf8);
        Assert.Equal(Text(layout), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Content_read_as_a_value_stays_a_string()
    {
        const string Layout = "{{ x = page.content }}{{ x | string.slice 0 3 }}|{{ capture c }}{{ page.content }}{{ end }}{{ c | string.size }}";
        var (bytes, wroteUtf8) = Render(Layout, rewrite: true);
        Assert.False(wroteUtf8);
        Assert.Equal($"<p>|{Body.Length}", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void An_indented_line_goes_the_string_way()
    {
        // Scriban indents every line of what a statement on an indented line writes.
        const string Layout = "<main>\n    {{ page.content }}</main>";
        var (bytes, wroteUtf8) = Render(Layout, rewrite: true);
        Assert.False(wroteUtf8);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(Text(Layout), text);
        Assert.Contains("\n    <pre><code>x\n    </code></pre>\n", text);
    }

    [Fact]
    public void A_body_past_the_string_limit_is_the_same_error()
    {
        var rewritten = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("<main>{{ page.content }}</main>", rewrite: true, limit: 20));
        var plain = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("<main>{{ page.content }}</main>", rewrite: false, limit: 20));
        Assert.Equal(plain.Message, rewritten.Message);
        Assert.Contains("LimitToString", rewritten.Message);
    }

    [Fact]
    public void A_page_that_outgrows_the_output_limit_with_the_body_is_the_same_error()
    {
        // The body alone is under the limit; the text before it takes the page over.
        var layout = new string('x', Body.Length - 10) + "{{ page.content }}";
        var rewritten = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render(layout, rewrite: true, limit: Body.Length + 5));
        var plain = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render(layout, rewrite: false, limit: Body.Length + 5));
        Assert.Equal(plain.Message, rewritten.Message);
        Assert.Contains("OutputLimit", rewritten.Message);
    }

    [Fact]
    public void Rewriting_twice_changes_nothing_more()
    {
        var template = Template.Parse("<main>{{ page.content }}</main>");
        PageContentWrite.Rewrite(template.Page!);
        PageContentWrite.Rewrite(template.Page!);
        var statement = template.Page!.Body!.Statements.OfType<ScriptExpressionStatement>().Single();
        var write = Assert.IsType<PageContentWrite>(statement.Expression);
        Assert.IsType<ScriptMemberExpression>(Assert.Single(write.Children));
    }

    [Fact]
    public void A_built_post_page_is_the_same_with_the_body_as_text()
    {
        var posts = Post("2026-01-05", "alpha", body: "Grüße \U0001F600 and a\u000Ccontrol.\n\n```\ncode\n```\n");
        using var bytes = new TempSite(SiteYml + posts + "-- layouts/post.scriban --\n<article>\n{{ page.content }}</article>\n");
        using var text = new TempSite(SiteYml + posts + "-- layouts/post.scriban --\n<article>\n{{ page.content | string.slice 0 }}</article>\n");
        Assert.True(bytes.Build().Succeeded);
        Assert.True(text.Build().Succeeded);
        var page = bytes.Read("2026/01/alpha/index.html");
        Assert.Equal(text.Read("2026/01/alpha/index.html"), page);
        Assert.Contains("<p>Grüße \U0001F600 and acontrol.</p>", page);
    }

    [Theory]
    [InlineData("{{ include \"partials/body\" }}", "<div>{{ content }}</div>")]
    [InlineData("{{ include \"partials/outer\" }}", "<div>{{ include \"partials/body\" }}</div>")]
    [InlineData("{{ include (\"partials/\" + \"body\") }}", "<div>{{ content }}</div>")]
    public void A_layout_whose_includes_read_content_gets_the_body_there(string layout, string outer)
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "alpha", body: "The body.")
            + "-- layouts/post.scriban --\n<article>" + layout + "</article>\n"
            + "-- layouts/partials/outer.scriban --\n" + outer + "\n"
            + "-- layouts/partials/body.scriban --\n<div>{{ content }}</div>\n");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("<div><p>The body.</p>\n</div>", site.Read("2026/01/alpha/index.html"));
    }

    [Fact]
    public void Only_templates_that_read_the_content_global_are_its_readers()
    {
        using var site = new TempSite(SiteYml + """
            -- layouts/post.scriban --
            <article>{{ page.content }}{{ include "partials/meta" }}</article>
            -- layouts/partials/meta.scriban --
            <p>{{ page.title }}</p>
            -- layouts/page.scriban --
            <article>{{ include "partials/body" }}</article>
            -- layouts/partials/body.scriban --
            <div>{{ content }}</div>

            """);
        var theme = ThemeLoader.Load(site.Root, "default", new SalesForDevs.Diagnostics.DiagnosticBag())!;
        var readers = ContentStatement.Readers(theme);
        Assert.DoesNotContain("post", readers);
        Assert.DoesNotContain("partials/meta", readers);
        Assert.Contains("page", readers);
        Assert.Contains("partials/body", readers);
        Assert.Contains("base", readers);
    }

    private static (byte[] Bytes, bool WroteUtf8) Render(string layout, bool rewrite, int limit = 0)
    {
        var template = Template.Parse(layout);
        Assert.False(template.HasErrors);
        if (rewrite) PageContentWrite.Rewrite(template.Page!);
        var context = new TemplateContext { StrictVariables = true };
        if (limit > 0)
        {
            context.LimitToString = limit;
            context.OnStringLimit = ScriptLimitBehavior.Throw;
            context.OnOutputLimit = ScriptLimitBehavior.Throw;
        }
        var page = new ContentPageView(isPost: true) { Title = "T", Description = "D", Url = "/a/", Permalink = "https://x.test/a/", Html = Utf8Html.From(Body) };
        context.PushGlobal(new ScriptObject { ["page"] = page });
        var output = new RecordingOutput();
        context.PushOutput(output);
        template.Render(context);
        return (output.Bytes.ToArray(), output.WroteUtf8);
    }

    private static string Text(string layout)
    {
        var (bytes, wroteUtf8) = Render(layout, rewrite: false);
        Assert.False(wroteUtf8);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A UTF-8 page output that notes whether it was handed bytes.</summary>
    private sealed class RecordingOutput : IScriptOutput, IUtf8Output
    {
        public List<byte> Bytes { get; } = [];
        public bool WroteUtf8 { get; private set; }

        public void Write(string text, int offset, int count) => Bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(offset, count)));

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public void WriteUtf8(ReadOnlySpan<byte> utf8)
        {
            WroteUtf8 = true;
            Bytes.AddRange(utf8.ToArray());
        }
    }
}
