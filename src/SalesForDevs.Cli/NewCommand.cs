using System.CommandLine;
using SalesForDevs.Scaffolding;

namespace SalesForDevs.Cli;

/// <summary><c>sfd new post "Title" [--section S] [--series KEY] [--builds-on SLUG]... [--date DATE] [--slug SLUG] [--bundle]</c></summary>
internal static class NewCommand
{
    public static readonly Argument<string> Title = new("title") { Description = "The post's title, in quotes" };
    public static readonly Option<string?> Section = new("--section") { Description = "A section of a series in site.yml, such as strategy or tactics (sets the series when only one has it)" };
    public static readonly Option<string?> Series = new("--series") { Description = "A series key from site.yml" };
    public static readonly Option<string[]> BuildsOn = new("--builds-on") { Description = "The slug (or file name) of an earlier post this one puts into practice; repeat for more" };
    public static readonly Option<string?> Date = new("--date") { Description = "The post's date, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (default: now)" };
    public static readonly Option<string?> Slug = new("--slug") { Description = "The URL slug (default: made from the title)" };
    public static readonly Option<bool> Bundle = new("--bundle") { Description = "Write a page bundle, YYYY-MM-DD-slug/index.md, to put the post's images beside it" };

    public static Command Create(CliContext cli)
    {
        var post = new Command("post", "Create content/posts/YYYY-MM-DD-slug.md as a draft, with its front matter filled in");
        post.Arguments.Add(Title);
        post.Options.Add(Section);
        post.Options.Add(Series);
        post.Options.Add(BuildsOn);
        post.Options.Add(Date);
        post.Options.Add(Slug);
        post.Options.Add(Bundle);
        post.SetAction(parse =>
        {
            var site = cli.FindSite(parse);
            if (site is null) return Program.BadUsage;
            var request = new NewPostRequest(parse.GetValue(Title) ?? "")
            {
                Section = parse.GetValue(Section),
                Series = parse.GetValue(Series),
                BuildsOn = parse.GetValue(BuildsOn) ?? [],
                Date = parse.GetValue(Date),
                Slug = parse.GetValue(Slug),
                Bundle = parse.GetValue(Bundle),
            };
            var result = PostScaffolder.Create(site, request, DateTimeOffset.Now);
            cli.Print(result.Diagnostics, quiet: false);
            if (!result.Succeeded)
                return result.Status == NewPostStatus.InvalidRequest ? Program.BadUsage : Program.SiteErrors;
            if (!CliContext.IsQuiet(parse)) cli.Out.WriteLine($"Created {cli.Show(result.Path!)}");
            return Program.Success;
        });

        var command = new Command("new", "Create new content from a template");
        command.Subcommands.Add(post);
        return command;
    }
}
