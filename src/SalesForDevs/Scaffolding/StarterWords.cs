namespace SalesForDevs.Scaffolding;

/// <summary>
/// What a new site says in its first post, its about page and site.yml, in the site's language. sfd has them in English
/// and German; another language starts with the English ones, to be rewritten like the rest of the blog.
/// </summary>
internal sealed record StarterWords
{
    /// <summary>site.yml's description.</summary>
    public required string Description { get; init; }

    /// <summary>The welcome post's file name after its date, and so its slug.</summary>
    public required string WelcomeSlug { get; init; }

    /// <summary>The welcome post's title; <c>{title}</c> is the blog's.</summary>
    public required string WelcomeTitle { get; init; }

    public required string WelcomeSummary { get; init; }

    public required string WelcomeTag { get; init; }

    /// <summary>The welcome post's markdown; <c>{about}</c> is the about page's file name.</summary>
    public required string WelcomeBody { get; init; }

    /// <summary>The about page's file name without .md, and so its address.</summary>
    public required string AboutSlug { get; init; }

    /// <summary>The about page's title, also its menu entry.</summary>
    public required string AboutTitle { get; init; }

    /// <summary>The about page's markdown; <c>{title}</c> is the blog's.</summary>
    public required string AboutBody { get; init; }

    public required string SeriesTitle { get; init; }

    public required string SeriesDescription { get; init; }

    /// <summary>The example series' sections in reading order: the first is the strategy, the second the tactics.</summary>
    public required IReadOnlyList<string> Sections { get; init; }

    /// <summary>The words for <paramref name="language"/> (a valid tag): German for <c>de</c> and its regions, else English.</summary>
    public static StarterWords For(string language) =>
        Languages.LanguageTag.Primary(language) == "de" ? German : English;

    public static StarterWords English { get; } = new()
    {
        Description = "A new blog, built with sfd.",
        WelcomeSlug = "welcome",
        WelcomeTitle = "Welcome to {title}",
        WelcomeSummary = "The first post of this blog, and how to write the next one.",
        WelcomeTag = "welcome",
        WelcomeBody = """
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

            Links between posts are links between their files, like this one to the [about page](../pages/{about}.md),
            so they also work when you read the files on GitHub.

            """,
        AboutSlug = "about",
        AboutTitle = "About",
        AboutBody = """
            {title} is written by its author. Say here who you are, what you write about, and how
            readers can reach you.

            New posts reach readers through the feeds and the subscribe box on every page.

            """,
        SeriesTitle = "My series",
        SeriesDescription = "What the series is about, and why it is worth reading in order.",
        Sections = ["strategy", "tactics"],
    };

    public static StarterWords German { get; } = new()
    {
        Description = "Ein neues Blog, erstellt mit sfd.",
        WelcomeSlug = "willkommen",
        WelcomeTitle = "Willkommen bei {title}",
        WelcomeSummary = "Der erste Beitrag dieses Blogs, und wie Sie den nächsten schreiben.",
        WelcomeTag = "willkommen",
        WelcomeBody = """
            Dieses Blog wurde mit `sfd init` angelegt. Dieser Beitrag ist eine Markdown-Datei in `content/posts/`;
            bearbeiten Sie ihn, oder löschen Sie ihn, sobald Sie Ihren eigenen geschrieben haben.

            <!--more-->

            ## Einen Beitrag schreiben

            ```sh
            sfd new post "Mein erster richtiger Beitrag"
            ```

            Das legt einen Entwurf in `content/posts/` an, benannt nach Datum und Titel. Schreiben Sie ihn in Markdown
            und entfernen Sie dann die Zeile `draft: true`, um ihn zu veröffentlichen. Ein Beitrag mit einem Datum
            in der Zukunft erscheint an seinem Tag.

            ## Vorschau

            ```sh
            sfd serve
            ```

            zeigt die Website auf Ihrem Rechner (die Adresse steht in der Ausgabe) und lädt die Seite neu, sobald
            Sie eine Datei speichern.

            ## Veröffentlichen

            Legen Sie den Ordner in ein GitHub-Repository und wählen Sie in dessen Einstellungen „GitHub Actions“
            als Quelle für GitHub Pages. Der Workflow in `.github/workflows/pages.yml` baut und veröffentlicht die
            Website bei jedem Push und einmal am Tag für Beiträge mit einem Datum in der Zukunft.

            Links zwischen Beiträgen sind Links zwischen ihren Dateien, wie dieser zur [Seite über mich](../pages/{about}.md),
            so funktionieren sie auch, wenn man die Dateien auf GitHub liest.

            """,
        AboutSlug = "ueber-mich",
        AboutTitle = "Über mich",
        AboutBody = """
            {title} wird von seiner Autorin oder seinem Autor geschrieben. Erzählen Sie hier, wer Sie sind, worüber
            Sie schreiben und wie man Sie erreicht.

            Neue Beiträge erreichen die Leserinnen und Leser über die Feeds und den Abonnieren-Kasten auf jeder Seite.

            """,
        SeriesTitle = "Meine Reihe",
        SeriesDescription = "Worum es in der Reihe geht, und warum es sich lohnt, sie der Reihe nach zu lesen.",
        Sections = ["strategie", "taktik"],
    };
}
