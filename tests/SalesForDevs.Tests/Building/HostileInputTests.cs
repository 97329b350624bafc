using System.Text;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Building;

/// <summary>
/// Input built to hurt (issue 11, faults 9 and 10): each case is an error that names the file and the line, exits 1,
/// prints no stack trace, and leaves the sources as they were.
/// </summary>
public sealed class HostileInputTests
{
    private const string Front = "---\ntitle: Hostile\n---\n";

    public static TheoryData<string, string, string> NestedMarkdown() => new()
    {
        { "100,000 nested quotes", Front + new string('>', 100_000) + " x\n", ":4:1: error: the markdown here has quotes or list items nested more than 100 deep" },
        { "100,000 nested list markers", Front + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n", ":4:1: error: the markdown here has quotes or list items nested more than 100 deep" },
        { "2,000 indented list levels", Front + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- x\n")), ":104:1: error: the markdown here has quotes or list items nested more than 100 deep" },
        { "50,000 nested stars", Front + new string('*', 50_000) + "x" + new string('*', 50_000) + "\n", ":4:1: error: the markdown here has a run of more than 200 emphasis" },
        { "100,000 nested divs", Front + "Intro.\n\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "\n",
            ":6:2561: error: the raw HTML here is nested more than 512 elements deep" },
        { "600 nested spans in a paragraph", Front + "Some " + string.Concat(Enumerable.Repeat("<span>", 600)) + "text\n",
            ":4:3078: error: the raw HTML here is nested more than 512 elements deep" },
    };

    [Theory]
    [MemberData(nameof(NestedMarkdown))]
    public void Deeply_nested_markdown_is_an_error_at_its_line(string what, string text, string expected)
    {
        using var site = new TempSite(SiteYml);
        site.Write("content/posts/2026-01-05-deep.md", text);
        var result = Build(site);
        Assert.True(result.ExitCode == 1, what + "\n" + result);
        Assert.Contains("content/posts/2026-01-05-deep.md" + expected, result.Error);
        NoStackTrace(result);
    }

    [Fact]
    public void Long_raw_html_with_end_tags_left_out_is_not_deep()
    {
        // <p>, <li>, <tr> and <td> may go unclosed, and a thousand sibling <div>s are wide, not deep.
        using var site = new TempSite(SiteYml);
        var rows = string.Concat(Enumerable.Range(0, 1000).Select(i => $"<tr><td>{i}<td><div>cell</div>\n"));
        var items = string.Concat(Enumerable.Range(0, 1000).Select(i => $"<li><p>item {i}\n"));
        site.Write("content/posts/2026-01-05-wide.md", Front + "<table>\n" + rows + "</table>\n\n<ul>\n" + items + "</ul>\n");
        var result = Build(site);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("<td>999<td><div>cell</div>", site.Read("2026/01/wide/index.html"));
    }

    [Theory]
    [InlineData("tags: [career, tools\nsummary: open bracket", "content/posts/2026-01-05-open.md:4:7: error: invalid YAML: this [ is never closed")]
    [InlineData("tags: {career\nsummary: open brace", "content/posts/2026-01-05-open.md:4:7: error: invalid YAML: this { is never closed")]
    public void An_unclosed_flow_collection_in_front_matter_is_an_error_with_its_position(string yaml, string expected)
    {
        using var site = new TempSite(SiteYml);
        site.Write("content/posts/2026-01-05-open.md", $"---\ntitle: Open\ndate: 2026-01-05\n{yaml}\n---\nText.\n");
        var result = Build(site);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(expected, result.Error);
        NoStackTrace(result);
    }

    [Fact]
    public void A_latin1_post_is_an_error_naming_the_first_bad_byte()
    {
        using var site = new TempSite(SiteYml);
        var path = Path.Combine(site.Root, "content", "posts", "2026-01-05-latin.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("---\ntitle: Latin\n---\nFirst line.\nUn caf\u00e9 cr\u00e8me.\n"));
        var result = Build(site);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("content/posts/2026-01-05-latin.md:5:7: error: the file is not UTF-8: byte 0xE9", result.Error);
        Assert.False(Directory.Exists(site.Output));
        NoStackTrace(result);
    }

    [Fact]
    public void A_latin1_site_yml_is_an_error()
    {
        using var site = new TempSite("");
        File.WriteAllBytes(Path.Combine(site.Root, "site.yml"), Encoding.Latin1.GetBytes("title: Caf\u00e9\nbase_url: https://example.com/\n"));
        var result = Build(site);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("site.yml:1:11: error: the file is not UTF-8: byte 0xE9", result.Error);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        using var site = new TempSite(SiteYml);
        site.Write("content/posts/2026-01-05-bom.md", "");
        File.WriteAllBytes(Path.Combine(site.Root, "content", "posts", "2026-01-05-bom.md"), [0xEF, 0xBB, 0xBF, .. "---\ntitle: Bom\n---\nText.\n"u8]);
        Assert.Equal(0, Build(site).ExitCode);
    }

    [Fact]
    public void Control_characters_never_reach_a_page_or_a_feed()
    {
        using var site = new TempSite(SiteYml);
        site.Write("content/posts/2026-01-05-bell.md", "---\ntitle: \"Bell\\x07 ring\\x01\"\ntags: [\"a\\x1Fb\"]\nsummary: \"Esc\\x1B here\"\n---\nText.\n");
        Assert.Equal(0, Build(site).ExitCode);

        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html") || f.EndsWith(".xml") || f.EndsWith(".json")))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')), $"{file} holds a control character");
        }
        Assert.Contains("<title>Bell ring", site.Read("2026/01/bell/index.html"));
        Assert.True(site.Exists("tags/a-b/index.html"));
    }

    private static CliInvocation Build(TempSite site) => CliInvocation.Run(site.Root, "build");

    private static void NoStackTrace(CliInvocation result)
    {
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }
}
