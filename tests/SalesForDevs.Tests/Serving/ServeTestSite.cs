namespace SalesForDevs.Tests.Serving;

/// <summary>The small site the serve tests run: two posts under the sub-path /blog/, and a static file.</summary>
internal static class ServeTestSite
{
    public const string HelloPost = "content/posts/2026-01-05-hello.md";
    public const string HelloUrl = "/blog/2026/01/hello/";

    public const string Files = """
        -- site.yml --
        title: Serve Test
        description: A site for the serve tests.
        base_url: https://example.github.io/blog/
        -- content/posts/2026-01-05-hello.md --
        ---
        title: Hello
        date: 2026-01-05T09:00:00Z
        tags: [greeting]
        ---
        The first words of hello.
        -- content/posts/2026-01-12-second.md --
        ---
        title: Second
        date: 2026-01-12T09:00:00Z
        ---
        This builds on [hello](2026-01-05-hello.md).
        -- content/static/notes.txt --
        plain notes
        """;

    public static string HelloWith(string body) => $"---\ntitle: Hello\ndate: 2026-01-05T09:00:00Z\ntags: [greeting]\n---\n{body}\n";

    /// <summary>A front matter whose date (line 3, column 7) is impossible.</summary>
    public const string BrokenHello = "---\ntitle: Hello\ndate: 2026-13-40\n---\nBroken.\n";

    public const string BrokenHelloMessage = "content/posts/2026-01-05-hello.md:3:7: error: date \"2026-13-40\" is not a valid date";
}
