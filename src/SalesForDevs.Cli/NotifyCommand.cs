using System.CommandLine;
using SalesForDevs.Notifying;

namespace SalesForDevs.Cli;

/// <summary><c>sfd notify [--dry-run] [--all] [--base-url URL]</c></summary>
internal static class NotifyCommand
{
    public static readonly Option<bool> DryRun = new("--dry-run", "-n") { Description = "Print what would be sent; send nothing and leave the state file as it is" };
    public static readonly Option<bool> All = new("--all") { Description = "On the first run (no state file), announce every published post instead of only recording them" };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Override base_url from site.yml, as for sfd build, so that links match the published site" };

    public static Command Create(CliContext cli)
    {
        var command = new Command("notify", "Announce posts published since the last run to the webhook and email list that site.yml names");
        command.Options.Add(DryRun);
        command.Options.Add(All);
        command.Options.Add(BaseUrl);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var site = cli.FindSite(parse);
            if (site is null) return Program.BadUsage;
            var quiet = parse.GetValue(CliContext.Quiet);
            var options = new NotifyOptions
            {
                Now = cli.Clock(),
                Environment = cli.Environment,
                DryRun = parse.GetValue(DryRun),
                All = parse.GetValue(All),
                BaseUrlOverride = parse.GetValue(BaseUrl),
                Log = quiet ? TextWriter.Null : cli.Out,
            };
            var result = await Notifier.RunAsync(site, options, cancellationToken);
            cli.Print(result.Diagnostics, quiet);
            return result.Succeeded ? Program.Success : Program.SiteErrors;
        });
        return command;
    }
}
