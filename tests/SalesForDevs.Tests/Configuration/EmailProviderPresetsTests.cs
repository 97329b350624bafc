using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Configuration;

public sealed class EmailProviderPresetsTests
{
    private static (EmailSubscribeConfig? Email, IReadOnlyList<Diagnostic> Diagnostics) Read(string email)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse($"title: T\nbase_url: https://x.example/\nsubscribe:\n  email:\n{Indent(email)}", bag);
        return (config?.Subscribe.Email, bag.Sorted());
    }

    private static string Indent(string yaml) =>
        string.Concat(yaml.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => "    " + line + "\n"));

    private static string Error(string email) => Assert.Single(Read(email).Diagnostics).ToString();

    [Fact]
    public void Buttondown_posts_email_with_embed_flag()
    {
        var (email, diagnostics) = Read("provider: buttondown\naction: https://buttondown.com/api/emails/embed-subscribe/sfd");
        Assert.Empty(diagnostics);
        Assert.Equal("https://buttondown.com/api/emails/embed-subscribe/sfd", email!.Action);
        Assert.Equal("post", email.Method);
        Assert.Equal("email", email.Fields["email"]);
        Assert.Equal("1", email.Hidden["embed"]);
        Assert.Null(email.Honeypot);
    }

    [Fact]
    public void Buttondown_accepts_its_old_domain()
    {
        var (email, diagnostics) = Read("provider: buttondown\naction: https://buttondown.email/api/emails/embed-subscribe/sfd");
        Assert.Empty(diagnostics);
        Assert.NotNull(email);
    }

    [Fact]
    public void Mailchimp_derives_the_bot_trap_from_u_and_id()
    {
        var (email, diagnostics) = Read("provider: mailchimp\naction: \"https://sfd.us21.list-manage.com/subscribe/post?u=abc123&id=def456&f_id=00aa\"");
        Assert.Empty(diagnostics);
        Assert.Equal("EMAIL", email!.Fields["email"]);
        Assert.Equal("b_abc123_def456", email.Honeypot);
        Assert.Empty(email.Hidden);
    }

    [Fact]
    public void Mailchimp_action_copied_from_html_has_its_ampersands_decoded()
    {
        var (email, diagnostics) = Read("provider: mailchimp\naction: \"https://sfd.us21.list-manage.com/subscribe/post?u=abc123&amp;id=def456\"");
        Assert.Empty(diagnostics);
        Assert.Equal("https://sfd.us21.list-manage.com/subscribe/post?u=abc123&id=def456", email!.Action);
        Assert.Equal("b_abc123_def456", email.Honeypot);
    }

    [Fact]
    public void Kit_posts_email_address()
    {
        var (email, diagnostics) = Read("provider: kit\naction: https://app.kit.com/forms/1234567/subscriptions\nfields: { name: \"fields[first_name]\" }");
        Assert.Empty(diagnostics);
        Assert.Equal("email_address", email!.Fields["email"]);
        Assert.Equal("fields[first_name]", email.Fields["name"]);
        Assert.Null(email.Honeypot);
    }

    [Fact]
    public void Generic_takes_method_fields_hidden_fields_and_honeypot_from_site_yml()
    {
        var (email, diagnostics) = Read("""
            provider: generic
            action: https://lists.example.org/subscribe
            method: GET
            fields: { email: addr, name: who }
            hidden: { list: weekly, source: blog }
            honeypot: website
            """);
        Assert.Empty(diagnostics);
        Assert.Equal("get", email!.Method);
        Assert.Equal("addr", email.Fields["email"]);
        Assert.Equal("who", email.Fields["name"]);
        Assert.Equal("weekly", email.Hidden["list"]);
        Assert.Equal("blog", email.Hidden["source"]);
        Assert.Equal("website", email.Honeypot);
    }

    [Fact]
    public void Generic_without_an_email_field_names_the_key()
    {
        Assert.Contains("`subscribe.email.fields.email` is required for the generic provider", Error("provider: generic\naction: https://lists.example.org/s"));
    }

    [Fact]
    public void Missing_action_names_the_key()
    {
        Assert.Equal("site.yml:5:5: error: `subscribe.email.action` is required but missing", Error("provider: kit"));
    }

    [Fact]
    public void Relative_action_is_rejected_with_the_expected_shape()
    {
        var error = Error("provider: buttondown\naction: /subscribe");
        Assert.StartsWith("site.yml:6:13: error: `subscribe.email.action` must be the provider's absolute form address", error);
        Assert.Contains("https://buttondown.com/api/emails/embed-subscribe/USERNAME", error);
    }

    [Theory]
    [InlineData("buttondown", "https://example.com/api/emails/embed-subscribe/sfd", "must be on buttondown.com, not example.com")]
    [InlineData("buttondown", "https://buttondown.com/sfd", "must end in /api/emails/embed-subscribe/USERNAME")]
    [InlineData("buttondown", "http://buttondown.com/api/emails/embed-subscribe/sfd", "must use https")]
    [InlineData("mailchimp", "https://mailchimp.com/subscribe/post?u=a&id=b", "must be on a list-manage.com host")]
    [InlineData("mailchimp", "https://x.us1.list-manage.com/subscribe/post?u=abc", "has no id= in its query")]
    [InlineData("mailchimp", "https://x.us1.list-manage.com/subscribe/post", "has no u= and id= in its query")]
    [InlineData("mailchimp", "https://x.us1.list-manage.com/subscribe/post-json?u=a&id=b", "not /subscribe/post-json")]
    [InlineData("mailchimp", "https://x.us1.list-manage.com/signup?u=a&id=b", "must have the path /subscribe/post")]
    [InlineData("kit", "https://app.kit.com/forms/abc/subscriptions", "must have the path /forms/FORM_ID/subscriptions")]
    [InlineData("kit", "https://forms.example.com/forms/1/subscriptions", "must be on app.kit.com")]
    public void Action_of_the_wrong_shape_is_an_error_that_says_the_right_one(string provider, string action, string expected)
    {
        var error = Error($"provider: {provider}\naction: \"{action}\"");
        Assert.Contains("`subscribe.email.action` ", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Kit_accepts_its_old_convertkit_domain()
    {
        var (email, diagnostics) = Read("provider: kit\naction: https://app.convertkit.com/forms/42/subscriptions");
        Assert.Empty(diagnostics);
        Assert.NotNull(email);
    }

    [Fact]
    public void Honeypot_on_a_provider_without_one_is_an_error()
    {
        Assert.Contains("`subscribe.email.honeypot` is not supported by kit",
            Error("provider: kit\naction: https://app.kit.com/forms/1/subscriptions\nhoneypot: website"));
    }

    [Fact]
    public void Get_method_on_a_preset_is_an_error()
    {
        Assert.Contains("`subscribe.email.method` can only be post for buttondown",
            Error("provider: buttondown\naction: https://buttondown.com/api/emails/embed-subscribe/x\nmethod: get"));
    }

    [Fact]
    public void Misspelt_field_key_suggests_the_known_one()
    {
        Assert.Equal("site.yml:7:15: error: unknown key `subscribe.email.fields.emial`; did you mean `subscribe.email.fields.email`?",
            Error("provider: generic\naction: https://x.example/s\nfields: { emial: e, email: e }"));
    }

    [Fact]
    public void Misspelt_email_key_suggests_the_known_one()
    {
        Assert.Contains("unknown key `subscribe.email.hiden`; did you mean `subscribe.email.hidden`?",
            Error("provider: kit\naction: https://app.kit.com/forms/1/subscriptions\nhiden: { a: b }"));
    }

    [Fact]
    public void Hidden_field_named_like_the_email_field_is_an_error()
    {
        Assert.Contains("field `EMAIL` has the same name as a visible field",
            Error("provider: mailchimp\naction: \"https://x.us1.list-manage.com/subscribe/post?u=a&id=b\"\nhidden: { EMAIL: x }"));
    }
}
