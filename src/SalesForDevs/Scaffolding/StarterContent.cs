namespace SalesForDevs.Scaffolding;

/// <summary>The first post and the about page of a new site: short, true, and saying what to do next, in the site's language.</summary>
internal static class StarterContent
{
    public static string Welcome(StarterWords words, string title, string day) => $$"""
        ---
        title: {{YamlQuoting.Quote(words.WelcomeTitle.Replace("{title}", title.Trim(), StringComparison.Ordinal))}}
        date: {{day}}
        summary: {{words.WelcomeSummary}}
        tags: [{{words.WelcomeTag}}]
        ---
        {{words.WelcomeBody.Replace("{about}", words.AboutSlug, StringComparison.Ordinal)}}
        """;

    public static string About(StarterWords words, string title) => $$"""
        ---
        title: {{words.AboutTitle}}
        ---
        {{words.AboutBody.Replace("{title}", title.Trim(), StringComparison.Ordinal)}}
        """;
}
