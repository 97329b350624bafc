using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs;

/// <summary>The subscribe box in every sidebar, the /subscribe/ page and the invitation under each post, as a browser without JavaScript sees them.</summary>
public sealed class SubscribeBoxTests
{
    private static readonly HtmlParser Parser = new();

    private static TempSite Site(string subscribe) => new($"""
        -- site.yml --
        title: Test
        base_url: https://example.github.io/blog/
        menu:
          - title: Subscribe
            url: /subscribe/
        {subscribe}
        -- content/posts/2026-01-05-first.md --
        ---
        title: First
        ---
        Hello.
        -- content/pages/subscribe.md --
        ---
        title: Subscribe
        ---
        Two ways.
        """);

    private static IDocument Page(TempSite site, string path)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Parser.ParseDocument(site.Read(path));
    }

    private static IElement SidebarForm(IDocument page) =>
        page.QuerySelector("aside.sidebar .subscribe-box form.subscribe-form") ?? throw new Xunit.Sdk.XunitException("no form in the sidebar");

    private static void AssertEmailInput(IElement form, string name)
    {
        var input = form.QuerySelector("input[type=email]")!;
        Assert.Equal(name, input.GetAttribute("name"));
        Assert.True(input.HasAttribute("required"));
        Assert.Equal("email", input.GetAttribute("autocomplete"));
        var id = input.Id!;
        var label = form.QuerySelector($"label[for='{id}']");
        Assert.NotNull(label);
        Assert.False(string.IsNullOrWhiteSpace(label.TextContent));
    }

    private static Dictionary<string, string> Hidden(IElement form) =>
        form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

    [Fact]
    public void Buttondown_form_posts_email_and_embed_to_the_embed_endpoint()
    {
        using var site = Site("subscribe: { email: { provider: buttondown, action: \"https://buttondown.com/api/emails/embed-subscribe/sfd\" } }");
        var form = SidebarForm(Page(site, "index.html"));
        Assert.Equal("https://buttondown.com/api/emails/embed-subscribe/sfd", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        AssertEmailInput(form, "email");
        Assert.Equal(new Dictionary<string, string> { ["embed"] = "1" }, Hidden(form));
        Assert.Empty(form.QuerySelectorAll("input[type=text]"));
        Assert.Null(form.QuerySelector("script"));
    }

    [Fact]
    public void Mailchimp_form_posts_EMAIL_with_its_bot_trap()
    {
        using var site = Site("subscribe: { email: { provider: mailchimp, action: \"https://sfd.us21.list-manage.com/subscribe/post?u=abc123&amp;id=def456\", fields: { name: FNAME } } }");
        var form = SidebarForm(Page(site, "index.html"));
        Assert.Equal("https://sfd.us21.list-manage.com/subscribe/post?u=abc123&id=def456", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        AssertEmailInput(form, "EMAIL");
        Assert.Equal("given-name", form.QuerySelector("input[name=FNAME]")!.GetAttribute("autocomplete"));
        var trap = form.QuerySelector(".hp-field input")!;
        Assert.Equal("b_abc123_def456", trap.GetAttribute("name"));
        Assert.Equal("text", trap.GetAttribute("type"));
        Assert.Equal("", trap.GetAttribute("value"));
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("true", trap.ParentElement!.GetAttribute("aria-hidden"));
        Assert.Empty(Hidden(form));
    }

    [Fact]
    public void Kit_form_posts_email_address_to_the_form_endpoint()
    {
        using var site = Site("subscribe: { email: { provider: kit, action: \"https://app.kit.com/forms/1234567/subscriptions\", hidden: { \"tags[]\": \"42\" } } }");
        var form = SidebarForm(Page(site, "index.html"));
        Assert.Equal("https://app.kit.com/forms/1234567/subscriptions", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        AssertEmailInput(form, "email_address");
        Assert.Equal(new Dictionary<string, string> { ["tags[]"] = "42" }, Hidden(form));
        Assert.Null(form.QuerySelector(".hp-field"));
    }

    [Fact]
    public void Generic_form_uses_the_configured_method_names_hidden_fields_and_honeypot()
    {
        using var site = Site("""
            subscribe:
              email:
                provider: generic
                action: "https://lists.example.org/subscribe?list=7"
                method: get
                fields: { email: addr }
                hidden: { source: "blog & feed" }
                honeypot: website
            """);
        var form = SidebarForm(Page(site, "index.html"));
        Assert.Equal("https://lists.example.org/subscribe?list=7", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        AssertEmailInput(form, "addr");
        Assert.Equal(new Dictionary<string, string> { ["source"] = "blog & feed" }, Hidden(form));
        Assert.Equal("website", form.QuerySelector(".hp-field input")!.GetAttribute("name"));
    }

    [Fact]
    public void Subscribe_page_shows_both_options_and_every_id_is_unique()
    {
        using var site = Site("subscribe: { email: { provider: mailchimp, action: \"https://x.us1.list-manage.com/subscribe/post?u=a1&id=b2\" } }");
        var page = Page(site, "subscribe/index.html");
        var options = page.QuerySelector("main .subscribe-options")!;
        Assert.NotNull(options.QuerySelector("form.subscribe-form input[name=EMAIL]"));
        Assert.Contains(options.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/blog/feed.xml");
        Assert.Contains("https://example.github.io/blog/feed.xml", options.TextContent);

        // One form: the page's own; the sidebar box stays away from the page that is all about subscribing.
        Assert.Single(page.QuerySelectorAll("form.subscribe-form"));
        Assert.Null(page.QuerySelector("aside.sidebar"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var label in page.QuerySelectorAll("label[for]"))
            Assert.Single(page.QuerySelectorAll($"[id='{label.GetAttribute("for")}']"));
    }

    [Fact]
    public void Every_page_but_subscribe_has_the_box_and_every_post_ends_with_an_invitation()
    {
        using var site = Site("subscribe: { email: { provider: buttondown, action: \"https://buttondown.com/api/emails/embed-subscribe/sfd\" } }");
        site.Build();
        foreach (var path in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
                     .Where(p => !p.Replace('\\', '/').EndsWith("/subscribe/index.html", StringComparison.Ordinal)))
        {
            var page = Parser.ParseDocument(File.ReadAllText(path));
            var box = page.QuerySelector("aside.sidebar .subscribe-box");
            Assert.True(box is not null, $"{path} has no subscribe box");
            Assert.Equal("/blog/feed.xml", box.QuerySelector("a.rss-link")!.GetAttribute("href"));
            Assert.NotNull(box.QuerySelector("form input[type=email]"));
        }
        var post = Parser.ParseDocument(site.Read("2026/01/first/index.html"));
        var invitation = post.QuerySelector("article .post-subscribe")!;
        Assert.Equal("Want the next post when it comes out? Subscribe and get it by email or by RSS.", invitation.TextContent.Trim());
        Assert.Equal(1, post.QuerySelectorAll("form.subscribe-form").Length);
        Assert.Equal("/blog/subscribe/", invitation.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Wording_follows_what_the_email_list_sends()
    {
        using var posts = Site("subscribe: { email: { provider: buttondown, action: \"https://buttondown.com/api/emails/embed-subscribe/sfd\" } }");
        var page = Page(posts, "subscribe/index.html");
        Assert.Contains("each new post comes to your inbox in full", page.QuerySelector("main .subscribe-options")!.TextContent);
        Assert.Equal("Get new posts by email", page.QuerySelector("main form label")!.TextContent.Trim());
        Assert.DoesNotContain("short note", page.Body!.TextContent);

        using var notes = Site("subscribe: { email: { provider: buttondown, action: \"https://buttondown.com/api/emails/embed-subscribe/sfd\", sends: notes } }");
        page = Page(notes, "subscribe/index.html");
        Assert.Contains("a short note with a link", page.QuerySelector("main .subscribe-options")!.TextContent);
        Assert.Equal("Get a note by email for each new post", page.QuerySelector("main form label")!.TextContent.Trim());
        Assert.DoesNotContain("in full", page.QuerySelector("#by-email + p")!.TextContent);
        var post = Parser.ParseDocument(notes.Read("2026/01/first/index.html"));
        Assert.Contains("for a short email when one goes up", post.QuerySelector(".post-subscribe")!.TextContent);
    }

    [Fact]
    public void Sends_must_be_posts_or_notes()
    {
        using var site = Site("subscribe: { email: { provider: buttondown, action: \"https://buttondown.com/api/emails/embed-subscribe/sfd\", sends: everything } }");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("`subscribe.email.sends` must be posts (each post in full) or notes", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_email_provider_only_rss_shows()
    {
        using var site = Site("subscribe: { rss: true }");
        var home = Page(site, "index.html");
        Assert.Null(home.QuerySelector("form"));
        Assert.Equal("Subscribe by RSS", home.QuerySelector("aside.sidebar .subscribe-box a.rss-link")!.TextContent.Trim());

        var subscribe = Parser.ParseDocument(site.Read("subscribe/index.html"));
        Assert.Null(subscribe.QuerySelector("form"));
        Assert.Null(subscribe.QuerySelector("#by-email"));
        Assert.NotNull(subscribe.QuerySelector("#by-feed"));

        var post = Parser.ParseDocument(site.Read("2026/01/first/index.html"));
        Assert.Equal("Want the next post when it comes out? Subscribe by RSS.", post.QuerySelector(".post-subscribe")!.TextContent.Trim());
    }

    [Fact]
    public void With_neither_rss_nor_email_no_box_or_invitation_shows()
    {
        using var site = Site("subscribe: { rss: false }");
        var post = Page(site, "2026/01/first/index.html");
        Assert.Null(post.QuerySelector(".subscribe-box"));
        Assert.Null(post.QuerySelector(".post-subscribe"));
    }
}
