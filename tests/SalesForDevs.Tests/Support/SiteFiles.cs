namespace SalesForDevs.Tests.Support;

/// <summary>Small building blocks for inline test sites.</summary>
public static class SiteFiles
{
    public const string SiteYml = """
        -- site.yml --
        title: Test Blog
        description: A blog for tests.
        base_url: https://example.github.io/blog/
        author: { name: Test Author, email: author@example.com }
        paginate: 2
        series:
          guide:
            title: The Guide
            sections: [strategy, tactics]

        """;

    /// <summary>A post file section for a TempSite text.</summary>
    public static string Post(string date, string slug, string? front = null, string body = "Body text.") => $"""
        -- content/posts/{date}-{slug}.md --
        ---
        title: "{Title(slug)}"
        {front ?? ""}
        ---
        {body}

        """;

    public static string Title(string slug) =>
        string.Join(' ', slug.Split('-').Select((w, i) => i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
