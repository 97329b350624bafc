using System.CommandLine;
using System.Globalization;
using SalesForDevs.Building;
using SalesForDevs.Linking;

namespace SalesForDevs.Cli;

/// <summary><c>sfd build [--output DIR] [--drafts] [--future] [--base-url URL] [--strict] [--force]</c></summary>
internal static class BuildCommand
{
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Where to write the site (default: _site in the site folder)" };
    public static readonly Option<bool> Drafts = new("--drafts") { Description = "Include posts marked draft: true" };
    public static readonly Option<bool> Future = new("--future") { Description = "Include posts dated in the future" };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Override base_url from site.yml (for example the GitHub Pages URL)" };
    public static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors" };
    public static readonly Option<bool> Force = new("--force") { Description = "Build into a non-empty folder sfd did not make: replace the files the site writes, keep every other file" };

    public static Command Create(CliContext cli)
    {
        var command = new Command("build", "Build the site into _site/ (or --output DIR)");
        command.Options.Add(Output);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
        command.Options.Add(BaseUrl);
        command.Options.Add(Strict);
        command.Options.Add(Force);
        command.SetAction(parse =>
        {
            var site = cli.FindSite(parse);
            if (site is null) return Program.BadUsage;
            var options = new BuildOptions
            {
                IncludeDrafts = parse.GetValue(Drafts),
                IncludeFuture = parse.GetValue(Future),
                BaseUrlOverride = parse.GetValue(BaseUrl),
                Strict = parse.GetValue(Strict),
                Force = parse.GetValue(Force),
                Now = cli.Clock(),
                OneShot = true,
            };
            return Run(cli, parse, site, CliContext.ResolvePath(site, parse.GetValue(Output), "_site"), options);
        });
        return command;
    }

    /// <summary>Builds and reports the result; <c>sfd check</c> uses it too, to build a site that was not built yet.</summary>
    public static int Run(CliContext cli, ParseResult parse, string site, string output, BuildOptions options)
    {
        BuildResult result;
        using (var progress = cli.BuildProgress(parse))
            result = SiteBuilder.Build(site, output, options, progress);
        var quiet = CliContext.IsQuiet(parse);
        cli.Print(result.Diagnostics, quiet);
        if (!result.Succeeded)
        {
            cli.Error.WriteLine($"Build failed with {result.Diagnostics.Count(d => d.IsError)} error(s); {Path.GetFileName(output)}/ was left as it was.");
            return Program.SiteErrors;
        }
        if (CliContext.IsVerbose(parse) && result.SearchIndexBytes > 0)
            cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  search index: {result.SearchIndexBytes / 1024.0:0.0} KB, {100.0 * result.SearchIndexBytes / Math.Max(1, result.HtmlBytes):0.0}% of the HTML ({result.HtmlBytes / 1024.0:0} KB)"));
        if (CliContext.IsVerbose(parse))
            cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  memory: {GC.CollectionCount(0)} collections ({GC.CollectionCount(2)} full), {GC.GetTotalPauseDuration().TotalSeconds:0.000} s paused, {GC.GetTotalAllocatedBytes() / 1e6:0} MB allocated"));
        if (!quiet)
            cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {result.Pages} pages, {result.Feeds} feeds ({result.Files} files, {result.Written} written) in {result.Elapsed.TotalSeconds:0.00} s into {Path.GetRelativePath(site, output)}/"));
        return Program.Success;
    }
}
