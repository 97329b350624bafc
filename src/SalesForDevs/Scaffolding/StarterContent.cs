namespace SalesForDevs.Scaffolding;

/// <summary>The first post and the about page of a new site: short, true, and saying what to do next.</summary>
internal static class StarterContent
{
    public static string Welcome(string title, string day) => $$"""
        ---
        title: {{YamlQuoting.Quote("Welcome to " + title.Trim())}}
        date: {{day}}
        summary: The first post of this blog, and how to write the next one.
        tags: [welcome]
        ---
        This blog was started with `sfd init`. This post is a markdown file in `content/posts/`; edit it,
        or delete it once you have written your own.

        <!--more-->

        ## Write a post

        ```sh
        sfd new post "My first real post"
        ```

        That creates a draft in `content/posts/`, named after the date and the title. Write it in markdown,
        then remove the `draft: true` line to publish it. A post dated in the future goes live on its day.

        ## Preview it

        ```sh
        sfd serve
        ```

        serves the site on your machine (it prints the address to open) and reloads the page each time
        you save a file.

        ## Publish it

        Push the folder to a GitHub repository and, in its settings, choose "GitHub Actions" as the
        source of GitHub Pages. The workflow in `.github/workflows/pages.yml` builds and publishes the
        site on every push, and once a day for posts dated in the future.

        Links between posts are links between their files, like this one to the [about page](../pages/about.md),
        so they also work when you read the files on GitHub.

        """;

    public static string About(string title) => $$"""
        ---
        title: About
        ---
        {{title.Trim()}} is written by its author. Say here who you are, what you write about, and how
        readers can reach you.

        New posts reach readers through the feeds and the subscribe box on every page.

        """;
}
