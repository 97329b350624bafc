using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>
/// A small site for feed tests: four published posts (one with <c>updated:</c>, one with a summary in front matter),
/// a draft and a future post, two tags, a series, relative links, images and srcset, under a sub-path base URL.
/// TempSite.Now is 2026-06-01, so the July post is in the future.
/// </summary>
internal static class FeedTestSite
{
    public const string Base = "https://example.org/notes/";

    public const string FeedsLine = "feeds: { rss: true, atom: true, json: true, items: 20, full_content: true }";

    public const string Files = """
        -- site.yml --
        title: Field Notes
        description: Notes on shipping software & selling it.
        base_url: https://example.org/notes/
        language: en
        author: { name: Ada Lovelace, email: ada@example.org }
        feeds: { rss: true, atom: true, json: true, items: 20, full_content: true }
        series:
          craft:
            title: Craft
            sections: [strategy, tactics]
        -- content/pages/about.md --
        ---
        title: About
        ---
        About these notes.
        -- content/posts/2026-01-05-first-steps.md --
        ---
        title: First steps
        date: 2026-01-05T09:00:00Z
        tags: [career]
        series: craft
        section: strategy
        ---
        The excerpt of the first post, with [a link to the third](2026-03-15-third-post.md).

        <!--more-->

        ![A diagram](images/diagram.png)

        <img src="../../shared/photo.jpg" srcset="photo-small.jpg 480w, /notes/img/photo-large.jpg 1024w" alt="A photo">

        See [the about page](../pages/about.md), [the details](#details) and [elsewhere](https://other.example.com/x?a=1&b=2).

        ## Details

        Done.
        -- content/posts/2026-02-10-second-post.md --
        ---
        title: The second post
        date: 2026-02-10T08:30:00+01:00
        updated: 2026-05-20T10:00:00+02:00
        tags: [career, sales]
        series: craft
        section: tactics
        builds_on: [first-steps]
        ---
        This puts [the first post](2026-01-05-first-steps.md) into practice.
        -- content/posts/2026-03-15-third-post.md --
        ---
        title: Third post
        date: 2026-03-15T12:00:00Z
        summary: "A summary with <angle brackets> & an ampersand."
        tags: [sales]
        ---
        Body of the third post, with a [root link](/about/).
        -- content/posts/2026-04-20-fourth-post.md --
        ---
        title: Fourth post
        date: 2026-04-20T07:00:00Z
        ---
        The newest published post.
        -- content/posts/2026-05-01-draft-post.md --
        ---
        title: A draft
        date: 2026-05-01T09:00:00Z
        draft: true
        tags: [career]
        series: craft
        section: tactics
        ---
        Not ready.
        -- content/posts/2026-07-01-future-post.md --
        ---
        title: A future post
        date: 2026-07-01T09:00:00Z
        tags: [career, sales]
        series: craft
        section: tactics
        ---
        Not out yet.
        """;

    /// <summary>The published posts, newest first, as (title, absolute URL).</summary>
    public static readonly (string Title, string Url)[] Published =
    [
        ("Fourth post", Base + "2026/04/fourth-post/"),
        ("Third post", Base + "2026/03/third-post/"),
        ("The second post", Base + "2026/02/second-post/"),
        ("First steps", Base + "2026/01/first-steps/"),
    ];

    public static TempSite Create(Func<string, string>? edit = null) => new((edit ?? (s => s))(Files));
}
