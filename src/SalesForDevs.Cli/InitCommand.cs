using System.CommandLine;
using SalesForDevs.Content;
using SalesForDevs.Scaffolding;

namespace SalesForDevs.Cli;

/// <summary><c>sfd init [DIR] [--title T] [--base-url URL] [--language TAG] [--email-provider P] [--email-action URL] [--force]</c></summary>
internal static class InitCommand
{
    public static readonly Argument<string?> Folder = new("dir") { Description = "The folder for the new site (default: the current folder); created when missing", Arity = ArgumentArity.ZeroOrOne };
    public static readonly Option<string?> Title = new("--title") { Description = $"The blog's title (default: \"{NewSiteRequest.DefaultTitle}\")" };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = $"Where the blog will live, such as https://user.github.io/blog/ (default: {NewSiteRequest.DefaultBaseUrl}; the Pages workflow passes the real one)" };
    public static readonly Option<string?> Language = new("--language") { Description = $"The blog's language, a tag such as en, de or pt-BR (default: {NewSiteRequest.DefaultLanguage}): dates and the theme's words; the starter post is in German for de, else in English, and a language the theme lacks gets i18n/TAG.yml to translate" };
    public static readonly Option<string?> EmailProvider = new("--email-provider") { Description = "Your email list provider: buttondown, mailchimp, kit, generic or none (default: none)" };
    public static readonly Option<string?> EmailAction = new("--email-action") { Description = "The provider's signup form address; without it site.yml gets the email settings commented out, to fill in" };
    public static readonly Option<bool> Force = new("--force") { Description = "Also start a site in a folder that has files; existing files are never overwritten" };

    public static Command Create(CliContext cli)
    {
        var command = new Command("init", "Start a new blog: site.yml, a first post, an about page and a GitHub Pages workflow; the theme comes from sfd");
        command.Arguments.Add(Folder);
        command.Options.Add(Title);
        command.Options.Add(BaseUrl);
        command.Options.Add(Language);
        command.Options.Add(EmailProvider);
        command.Options.Add(EmailAction);
        command.Options.Add(Force);
        command.SetAction(parse =>
        {
            var folder = Path.GetFullPath(parse.GetValue(Folder) ?? ".", cli.CurrentDirectory);
            var request = new NewSiteRequest(
                parse.GetValue(Title) ?? NewSiteRequest.DefaultTitle,
                parse.GetValue(BaseUrl) ?? NewSiteRequest.DefaultBaseUrl,
                DateOnly.FromDateTime(cli.Clock().UtcDateTime),
                VersionAction.Version.Split('+')[0])
            {
                Language = parse.GetValue(Language) ?? NewSiteRequest.DefaultLanguage,
                EmailProvider = parse.GetValue(EmailProvider) ?? "none",
                EmailAction = parse.GetValue(EmailAction),
                Force = parse.GetValue(Force),
            };
            var result = SiteInitializer.Create(folder, request);
            cli.Print(result.Diagnostics, quiet: false);
            if (!result.Succeeded) return Program.BadUsage;

            if (CliContext.IsQuiet(parse)) return Program.Success;
            foreach (var kept in result.Kept) cli.WriteProblem($"{kept}: warning: already exists; left as it was");
            foreach (var written in result.Written) cli.Out.WriteLine($"Created {cli.Show(SitePaths.ToFileSystem(folder, written))}");
            var shown = cli.Show(folder);
            var cd = Path.GetRelativePath(cli.CurrentDirectory, folder) == "." ? "" : $"cd {(shown.Contains(' ') ? $"\"{shown}\"" : shown)}\n  ";
            cli.Out.WriteLine($"""

                Your blog is ready. Preview it as you write:
                  {cd}sfd serve
                Publish it: push the folder to a GitHub repository, then choose GitHub Actions
                under Settings → Pages → Source. See {StarterSite.WorkflowPath}.
                """);
            return Program.Success;
        });
        return command;
    }
}
