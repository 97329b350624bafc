using System.CommandLine;
using SalesForDevs.Building;
using SalesForDevs.Checking;
using SalesForDevs.Linking;

namespace SalesForDevs.Cli;

/// <summary><c>sfd check [--output DIR] [--external] [--base-url URL] [--strict]</c></summary>
internal static class CheckCommand
{
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "The built site to check (default: _site in the site folder; built first when missing)" };
    public static readonly Option<bool> External = new("--external") { Description = "Also request every external http(s) link (4 at a time, 10 s each)" };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "The base URL the site was built with, when it is not site.yml's" };
    public static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings (orphan pages, unkept series promises) as errors" };

    public static Command Create(CliContext cli)
    {
        var command = new Command("check", "Check the built site: internal links and #anchors, images, feeds, orphan pages and unkept series promises");
        command.Options.Add(Output);
        command.Options.Add(External);
        command.Options.Add(BaseUrl);
        command.Options.Add(Strict);
        command.SetAction(async (parse, cancellation) =>
        {
            var site = cli.FindSite(parse);
            if (site is null) return Program.BadUsage;
            var output = CliContext.ResolvePath(site, parse.GetValue(Output), "_site");
            var now = cli.Clock();
            var quiet = CliContext.IsQuiet(parse);
            if (!Directory.Exists(output))
            {
                if (!quiet) cli.Out.WriteLine($"{cli.Show(output)} does not exist yet; building it first.");
                var built = BuildCommand.Run(cli, parse, site, output, new BuildOptions { Now = now, BaseUrlOverride = parse.GetValue(BaseUrl) });
                if (built != Program.Success) return built;
            }

            using var client = parse.GetValue(External) ? ExternalLinkChecker.CreateClient() : null;
            var options = new CheckOptions
            {
                Now = now,
                BaseUrlOverride = parse.GetValue(BaseUrl),
                External = client is null ? null : new ExternalLinkChecker(client),
                Strict = parse.GetValue(Strict),
            };
            if (CliContext.IsVerbose(parse)) cli.Out.WriteLine($"Checking {cli.Show(output)}{(client is null ? "" : ", with external links")}");
            var report = await SiteChecker.CheckAsync(site, output, options, cancellation);

            cli.Print(report.SiteDiagnostics, quiet);
            foreach (var problem in report.Problems.Where(p => p.IsError || !quiet)) cli.WriteProblem(problem.ToString());
            if (report.SiteDiagnostics.Any(d => d.IsError))
            {
                cli.Error.WriteLine("Check stopped: fix the errors in the site's sources first.");
                return Program.SiteErrors;
            }

            var summary = Summary(report, cli.Show(output));
            if (!report.Succeeded)
            {
                cli.Error.WriteLine(summary);
                return Program.SiteErrors;
            }
            if (!quiet) cli.Out.WriteLine(summary);
            return Program.Success;
        });
        return command;
    }

    private static string Summary(CheckReport report, string folder)
    {
        var external = report.ExternalLinks > 0 ? $" ({Count(report.ExternalLinks, "external link")})" : "";
        var found = report.Errors == 0 && report.Warnings == 0 ? "no problems"
            : report.Warnings == 0 ? Count(report.Errors, "error")
            : report.Errors == 0 ? Count(report.Warnings, "warning")
            : $"{Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}";
        return $"Checked {Count(report.Pages, "page")}, {Count(report.Links, "link")}{external} and {Count(report.Feeds, "feed")} in {folder}: {found}.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
