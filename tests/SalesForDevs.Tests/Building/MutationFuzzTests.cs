using System.Text;
using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Tests.Building;

/// <summary>
/// Mutates valid front matter, markdown and site.yml (truncation, inserted brackets and quotes, deep nesting, random
/// bytes) a few thousand times with a fixed seed and reads each through the real readers, in process: nothing may
/// throw, and every error must name a line (issue 11, "every bad input is an error with a position").
/// </summary>
public sealed class MutationFuzzTests
{
    private const string ValidPost = """
        ---
        title: "Make the ask: a guide"
        date: 2026-02-09T09:00:00Z
        summary: How to phrase a request.
        tags: [career, sales, "C#"]
        series: guide
        section: tactics
        builds_on: [base]
        comments: closed
        ---
        The first paragraph, with *emphasis*, **strong** and `code`.

        > A quote with a [link](2026-01-05-base.md) and ![an image](/img/a.png).

        - a list
          - nested
            1. ordered

        | a | b |
        |---|---|
        | 1 | 2 |

        ```csharp
        var x = "[{";
        ```

        A footnote[^1] and <span>raw html</span>.

        [^1]: The note.
        """;

    private const string ValidSiteYml = """
        title: Test Blog
        description: "A blog: for tests."
        base_url: https://example.github.io/blog/
        author: { name: Test Author, email: author@example.com }
        paginate: 2
        feeds: { rss: true, atom: true, json: true, items: 20 }
        series:
          guide:
            title: The Guide
            sections: [strategy, tactics]
        menu:
          - { title: About, url: /about/ }
        notify:
          state: .sfd/notified.json
          webhook: { url: "https://hooks.example.com/x" }
        """;

    private sealed class Links : ILinkResolver
    {
        public LinkTarget ResolveContentLink(string fromSourcePath, string path, string? fragment) =>
            path.Length % 2 == 0 ? new LinkTarget.Page("/blog/x/") : new LinkTarget.Missing("no such file");

        public string RootRelative(string url) => "/blog" + url;
    }

    private static readonly string[] Inserts = ["[", "]", "{", "}", "\"", "'", ": ", "\n", "- ", "---\n", "*", "`", "<", ">", "&", "|", "#", "\t", "\\", "\u0000", "\uFFFD", "\r"];

    private static byte[] Mutate(Random random, string valid)
    {
        var text = valid;
        for (var step = random.Next(1, 4); step > 0; step--)
        {
            switch (random.Next(6))
            {
                case 0:
                    text = text[..random.Next(text.Length + 1)];
                    break;
                case 1:
                case 2:
                    var at = random.Next(text.Length + 1);
                    text = text[..at] + string.Concat(Enumerable.Repeat(Inserts[random.Next(Inserts.Length)], random.Next(1, 4))) + text[at..];
                    break;
                case 3:
                    var depth = random.Next(50, 5000);
                    var open = new[] { "[", "{", ">", "- ", "*", "  - x\n" }[random.Next(6)];
                    var where = random.Next(text.Length + 1);
                    text = text[..where] + string.Concat(Enumerable.Repeat(open, depth)) + text[where..];
                    break;
                case 4:
                    var from = random.Next(text.Length + 1);
                    text = text[..from] + text[Math.Min(text.Length, from + random.Next(1, 40))..];
                    break;
                default:
                    var bytes = Encoding.UTF8.GetBytes(text);
                    if (bytes.Length == 0) break;
                    for (var n = random.Next(1, 6); n > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    return bytes;
            }
        }
        return Encoding.UTF8.GetBytes(text);
    }

    [Fact]
    public void Mutated_posts_and_site_yml_give_positioned_errors_never_exceptions()
    {
        var random = new Random(1127);
        var links = new Links();
        var failures = new List<string>();
        var withErrors = 0;
        for (var i = 0; i < 3000; i++)
        {
            var isConfig = i % 3 == 2;
            var bytes = Mutate(random, isConfig ? ValidSiteYml : ValidPost);
            var diagnostics = new DiagnosticBag();
            var path = isConfig ? "site.yml" : "content/posts/2026-02-09-fuzz.md";
            try
            {
                var text = SourceText.Decode(bytes, path, diagnostics);
                if (text is not null && isConfig) SiteConfigLoader.Parse(text, diagnostics);
                else if (text is not null && ContentLoader.Parse(text, path, ContentKind.Post, diagnostics) is { } item)
                    MarkdownRenderer.Render(item.Body, path, item.BodyStartLine, links, diagnostics);
            }
            catch (Exception ex)
            {
                failures.Add($"case {i}: {ex.GetType().Name}: {ex.Message}\n{Encoding.UTF8.GetString(bytes)[..Math.Min(300, bytes.Length)]}");
                continue;
            }
            if (diagnostics.HasErrors) withErrors++;
            foreach (var error in diagnostics.Sorted().Where(d => d.IsError))
            {
                if (error.Location is not { Line: > 0 } at || at.Path != path)
                    failures.Add($"case {i}: error without a line: {error}");
            }
        }
        // The mutations must reach the error paths, not only harmless spots.
        Assert.True(withErrors > 1000, $"only {withErrors} of 3000 cases had errors");
        Assert.True(failures.Count == 0, $"{failures.Count} failures; the first:\n" + string.Join("\n---\n", failures.Take(5)));
    }
}
