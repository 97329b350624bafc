using System.Text;

namespace SalesForDevs.Scaffolding;

/// <summary>The commented site.yml of a new site.</summary>
internal static class StarterConfig
{
    public static string Write(NewSiteRequest request, StarterWords words)
    {
        var baseUrl = request.BaseUrl.Trim();
        if (!new Uri(baseUrl).AbsolutePath.EndsWith('/')) baseUrl += "/";
        var text = new StringBuilder();
        text.Append($$"""
            # Site configuration. Every key is described in the sfd README, "site.yml reference".
            title: {{YamlQuoting.Quote(request.Title.Trim())}}
            description: {{words.Description}}
            # Where the site lives. The GitHub Pages workflow builds with the repository's real Pages
            # address, so this matters for builds by hand (sfd build) and for sfd notify run locally.
            base_url: {{YamlQuoting.Quote(baseUrl)}}
            language: {{YamlQuoting.Plain(request.Language)}}
            author:
              name: {{YamlQuoting.Quote(request.Title.Trim())}}
              # email: you@example.com
            # The theme built into sfd. `sfd theme copy` writes it into themes/default/ to change it.
            theme: default
            permalink: /:year/:month/:slug/
            paginate: 10
            feeds: { rss: true, atom: true, json: true, items: 20, full_content: true }
            # A series is read in order, section by section. A post joins one with
            #   series: my-series
            #   section: {{words.Sections[0]}}{{new string(' ', Math.Max(1, 18 - words.Sections[0].Length))}}(or {{words.Sections[1]}})
            # in its front matter; a {{words.Sections[1]}} post names the {{words.Sections[0]}} posts it puts into practice with
            #   builds_on: [slug-of-the-strategy-post]
            # and those then link forward to it by themselves.
            series:
              my-series:
                title: {{words.SeriesTitle}}
                description: {{words.SeriesDescription}}
                sections: [{{words.Sections[0]}}, {{words.Sections[1]}}]
            menu:
              - { title: {{words.AboutTitle}}, url: /{{words.AboutSlug}}/ }
            subscribe:
              rss: true

            """);
        text.Append(EmailBlock(request));
        text.Append("""
            # Announce new posts by email or webhook from the Pages workflow: see the README,
            # "Announce new posts", then set the repository variable SFD_NOTIFY to true.
            # notify:
            #   webhook: { url: https://hooks.example.com/blog, secret_env: SFD_WEBHOOK_SECRET }
            comments: { provider: none }

            """);
        return text.ToString();
    }

    private static string EmailBlock(NewSiteRequest request)
    {
        var provider = request.EmailProvider;
        if (provider == "none")
            return """
                  # Email signup: uncomment and fill in to show a signup form beside the feeds.
                  # provider is one of buttondown, mailchimp, kit, generic; action is the form address it gives you.
                  # email:
                  #   provider: buttondown
                  #   action: https://buttondown.com/api/emails/embed-subscribe/USERNAME

                """;
        var (placeholder, where) = provider switch
        {
            "buttondown" => ("https://buttondown.com/api/emails/embed-subscribe/USERNAME", "Buttondown: Settings, Embedding"),
            "mailchimp" => ("https://NAME.usN.list-manage.com/subscribe/post?u=U&id=ID", "Mailchimp: the action of the embedded form code"),
            "kit" => ("https://app.kit.com/forms/FORM_ID/subscriptions", "Kit: the action in the form's HTML embed code"),
            _ => ("https://lists.example.com/subscribe", "the action attribute of the form your list provider gives you"),
        };
        var fields = provider == "generic" ? "\n  #   fields: { email: email }  # the name of the form's email field" : "";
        var liveFields = provider == "generic" ? "\n    fields: { email: email }  # the name of the form's email field" : "";
        if (request.EmailAction is { } action)
            return $"""
                  # Email signup form ({where}).
                  email:
                    provider: {provider}
                    action: {YamlQuoting.Quote(action.Trim())}{liveFields}

                """;
        return $"""
              # Email signup: paste your form address ({where}) into action, then
              # remove the '#' in front of these lines. Until then the box offers the feeds only.
              # email:
              #   provider: {provider}
              #   action: {placeholder}{fields}

            """;
    }
}
