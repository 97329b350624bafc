using System.Text.Json;
using SalesForDevs.Cli;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Cli;

// sfd init starts a blog anywhere (issue 12).
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sfd-init-" + Guid.NewGuid().ToString("N"));

    public InitCommandTests() => Directory.CreateDirectory(_root);

    private string Blog => Path.Combine(_root, "blog");

    private CliInvocation Run(params string[] args) => CliInvocation.Run(_root, args);

    private static readonly string[] StarterFiles =
        [".config/dotnet-tools.json", ".github/workflows/pages.yml", ".gitignore", "content/pages/about.md", "content/posts/*-welcome.md", "site.yml"];

    private static List<string> Files(string folder) =>
        TempSite.Snapshot(folder).Keys.Select(p => p.StartsWith("content/posts/", StringComparison.Ordinal) && p.EndsWith("-welcome.md", StringComparison.Ordinal) ? "content/posts/*-welcome.md" : p).ToList();

    [Fact]
    public void Starts_a_site_in_a_new_folder_that_builds_and_checks_with_no_warning()
    {
        var init = Run("init", "blog", "--title", "Field Notes");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal("", init.Error);
        Assert.Equal(StarterFiles, Files(Blog));
        Assert.Contains("Created " + Path.Combine("blog", "site.yml") + "\n", init.Out);
        Assert.Contains("cd blog\n  sfd serve\n", init.Out);

        var build = CliInvocation.Run(Blog, "build");
        Assert.Equal("", build.Error);
        Assert.Equal(0, build.ExitCode);
        var check = CliInvocation.Run(Blog, "check", "--strict");
        Assert.Equal("", check.Error);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("<title>Field Notes</title>", File.ReadAllText(Path.Combine(Blog, "_site", "index.html")));
    }

    [Fact]
    public void The_welcome_post_is_dated_today_and_published()
    {
        Assert.Equal(0, Run("init", "blog").ExitCode);

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var post = File.ReadAllText(Path.Combine(Blog, "content", "posts", today + "-welcome.md"));
        Assert.StartsWith($"---\ntitle: \"Welcome to My Blog\"\ndate: {today}\n", post);
        Assert.DoesNotContain("\ndraft:", post);
    }

    [Fact]
    public void A_folder_with_files_is_refused_and_nothing_is_written()
    {
        Directory.CreateDirectory(Blog);
        File.WriteAllText(Path.Combine(Blog, "notes.txt"), "mine");

        var run = Run("init", "blog");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal($"error: {Blog} is not empty; sfd init starts a site in an empty or new folder. Pass another folder, or --force to add the missing files (existing files are never overwritten)\n", run.Error);
        Assert.Equal(["notes.txt"], TempSite.Snapshot(Blog).Keys);
    }

    [Fact]
    public void A_folder_name_with_spaces_is_quoted_in_the_next_steps()
    {
        var run = Run("init", "my blog");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  cd \"my blog\"\n  sfd serve\n", run.Out);
        Assert.True(File.Exists(Path.Combine(_root, "my blog", "site.yml")));
    }

    [Fact]
    public void The_current_folder_is_the_default_and_an_empty_one_is_fine()
    {
        Directory.CreateDirectory(Blog);

        var run = CliInvocation.Run(Blog, "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Created site.yml\n", run.Out);
        Assert.DoesNotContain("cd ", run.Out);
        Assert.Equal(StarterFiles, Files(Blog));
    }

    [Fact]
    public void Force_adds_the_missing_files_and_never_overwrites_one()
    {
        Directory.CreateDirectory(Blog);
        File.WriteAllText(Path.Combine(Blog, "site.yml"), "title: Mine\nbase_url: https://example.org/\n");
        File.WriteAllText(Path.Combine(Blog, ".gitignore"), "secret/\n");

        var run = Run("init", "blog", "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("site.yml: warning: already exists; left as it was\n.gitignore: warning: already exists; left as it was\n", run.Error);
        Assert.Equal("title: Mine\nbase_url: https://example.org/\n", File.ReadAllText(Path.Combine(Blog, "site.yml")));
        Assert.Equal("secret/\n", File.ReadAllText(Path.Combine(Blog, ".gitignore")));
        Assert.Equal(StarterFiles, Files(Blog));
        Assert.DoesNotContain("Created " + Path.Combine("blog", "site.yml"), run.Out);
    }

    [Fact]
    public void The_tool_manifest_pins_the_running_version()
    {
        Assert.Equal(0, Run("init", "blog").ExitCode);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Blog, ".config", "dotnet-tools.json")));
        var root = manifest.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.True(root.GetProperty("isRoot").GetBoolean());
        var tool = root.GetProperty("tools").GetProperty("salesfordevs.cli");
        Assert.Equal(VersionAction.Version.Split('+')[0], tool.GetProperty("version").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", tool.GetProperty("version").GetString());
        Assert.Equal(["sfd"], tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Title_and_base_url_reach_the_built_site_whatever_characters_the_title_has()
    {
        const string title = "Jo's \"notes\": #1 & more";

        Assert.Equal(0, Run("init", "blog", "--title", title, "--base-url", "https://jo.github.io/notes").ExitCode);
        var build = CliInvocation.Run(Blog, "build");

        Assert.Equal("", build.Error);
        var home = File.ReadAllText(Path.Combine(Blog, "_site", "index.html"));
        Assert.Contains("<title>Jo&#39;s &quot;notes&quot;: #1 &amp; more</title>", home);
        Assert.Contains("<link rel=\"canonical\" href=\"https://jo.github.io/notes/\">", home);
        Assert.Contains("href=\"/notes/feed.xml\"", home);
    }

    [Theory]
    [InlineData("buttondown")]
    [InlineData("mailchimp")]
    [InlineData("kit")]
    [InlineData("generic")]
    [InlineData("none")]
    public void Each_email_provider_leaves_its_settings_to_fill_in_and_builds_with_no_warning(string provider)
    {
        Assert.Equal(0, Run("init", "blog", "--email-provider", provider).ExitCode);

        var config = File.ReadAllText(Path.Combine(Blog, "site.yml"));
        Assert.Contains(provider == "none" ? "  # email:\n  #   provider: buttondown\n" : $"  # email:\n  #   provider: {provider}\n", config);
        var build = CliInvocation.Run(Blog, "build");
        Assert.Equal("", build.Error);
        Assert.Equal(0, build.ExitCode);
    }

    [Theory]
    [InlineData("buttondown", "https://buttondown.com/api/emails/embed-subscribe/fieldnotes", "name=\"email\"")]
    [InlineData("kit", "https://app.kit.com/forms/123456/subscriptions", "name=\"email_address\"")]
    [InlineData("generic", "https://lists.example.org/join", "name=\"email\"")]
    public void With_the_form_address_the_email_signup_is_switched_on(string provider, string action, string field)
    {
        Assert.Equal(0, Run("init", "blog", "--email-provider", provider, "--email-action", action).ExitCode);
        var build = CliInvocation.Run(Blog, "build");
        Assert.Equal("", build.Error);
        Assert.Equal(0, build.ExitCode);

        var home = File.ReadAllText(Path.Combine(Blog, "_site", "index.html"));
        Assert.Contains($"action=\"{action}\"", home);
        Assert.Contains(field, home);
    }

    [Theory]
    [InlineData("--email-provider", "sendgrid", "error: --email-provider must be one of buttondown, mailchimp, kit, generic, none, not \"sendgrid\"\n")]
    [InlineData("--base-url", "example.com", "error: --base-url must be an absolute http(s) URL such as https://user.github.io/blog/, not \"example.com\"\n")]
    [InlineData("--title", " ", "error: the title is empty; pass it in quotes: --title \"My Blog\"\n")]
    [InlineData("--email-action", "https://buttondown.com/api/emails/embed-subscribe/x", "error: --email-action needs --email-provider: name the provider whose form address it is\n")]
    [InlineData("--language", "en_US", "error: --language must be a language tag such as en, de or pt-BR (a language of 2 or 3 letters, then optional parts after '-'), not \"en_US\"\n")]
    [InlineData("--language", "deutsch", "error: --language must be a language tag such as en, de or pt-BR (a language of 2 or 3 letters, then optional parts after '-'), not \"deutsch\"\n")]
    public void Bad_options_exit_2_and_write_nothing(string option, string value, string error)
    {
        var run = Run("init", "blog", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(error, run.Error);
        Assert.False(Directory.Exists(Blog));
    }

    // Issue 16: a blog in another language from the first command.
    [Fact]
    public void Language_de_writes_a_german_starter_that_builds_in_german_with_no_warning()
    {
        Assert.Equal(0, Run("init", "blog", "--language", "de", "--title", "Feldnotizen").ExitCode);

        var config = File.ReadAllText(Path.Combine(Blog, "site.yml"));
        Assert.Contains("\nlanguage: de\n", config);
        Assert.Contains("  - { title: Über mich, url: /ueber-mich/ }\n", config);
        Assert.Contains("    sections: [strategie, taktik]\n", config);
        var post = Assert.Single(Directory.GetFiles(Path.Combine(Blog, "content", "posts")));
        Assert.EndsWith("-willkommen.md", post);
        Assert.StartsWith("---\ntitle: \"Willkommen bei Feldnotizen\"\n", File.ReadAllText(post));
        Assert.True(File.Exists(Path.Combine(Blog, "content", "pages", "ueber-mich.md")));
        Assert.False(Directory.Exists(Path.Combine(Blog, "i18n")));

        var build = CliInvocation.Run(Blog, "build");
        Assert.Equal("", build.Error);
        Assert.Equal(0, build.ExitCode);
        var check = CliInvocation.Run(Blog, "check", "--strict");
        Assert.Equal("", check.Error);
        Assert.Equal(0, check.ExitCode);
        var home = File.ReadAllText(Path.Combine(Blog, "_site", "index.html"));
        Assert.Contains("<html lang=\"de\"", home);
        Assert.Contains("Willkommen bei Feldnotizen", home);
        Assert.Contains("<a href=\"/ueber-mich/\">", home);
        Assert.True(File.Exists(Path.Combine(Blog, "_site", "ueber-mich", "index.html")));
    }

    [Fact]
    public void A_language_the_theme_lacks_gets_the_english_words_to_translate_and_builds()
    {
        Assert.Equal(0, Run("init", "blog", "--language", "pt-BR").ExitCode);

        Assert.Contains("\nlanguage: pt-BR\n", File.ReadAllText(Path.Combine(Blog, "site.yml")));
        var words = File.ReadAllText(Path.Combine(Blog, "i18n", "pt-BR.yml"));
        Assert.StartsWith("# The words of this site in `pt-BR`.", words);
        Assert.Contains("\ncoming_soon: (coming soon)\n", words);
        Assert.EndsWith("-welcome.md", Assert.Single(Directory.GetFiles(Path.Combine(Blog, "content", "posts"))));

        var build = CliInvocation.Run(Blog, "build");
        Assert.Equal("", build.Error);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("<html lang=\"pt-BR\"", File.ReadAllText(Path.Combine(Blog, "_site", "index.html")));
    }

    [Fact]
    public void Init_help_shows_the_language_option()
    {
        var run = Run("init", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--language", run.Out);
    }

    [Fact]
    public void A_form_address_that_does_not_fit_the_provider_is_refused()
    {
        var run = Run("init", "blog", "--email-provider", "kit", "--email-action", "https://buttondown.com/api/emails/embed-subscribe/x");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --email-action for kit must be on app.kit.com", run.Error);
        Assert.False(Directory.Exists(Blog));
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_refused()
    {
        File.WriteAllText(Blog, "");

        var run = Run("init", "blog");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file, not a folder", run.Error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
