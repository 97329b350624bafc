using System.CommandLine;

namespace SalesForDevs.Cli;

/// <summary>The sfd command line: parses options and hands each command to the library.</summary>
internal static class Program
{
    public const int Success = 0;
    public const int SiteErrors = 1;
    public const int BadUsage = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? currentDirectory = null) =>
        Run(args, new CliContext(stdout, stderr, currentDirectory ?? Directory.GetCurrentDirectory()));

    /// <summary>Runs with a prepared context: tests use it to pin the clock and the environment.</summary>
    internal static int Run(string[] args, CliContext cli)
    {
        var (stdout, stderr) = (cli.Out, cli.Error);
        var root = new RootCommand("sfd: build, preview and publish a SalesForDevs blog.");
        root.Options.Add(CliContext.Source);
        root.Options.Add(CliContext.Verbose);
        root.Options.Add(CliContext.Quiet);
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(stdout);
        root.Subcommands.Add(BuildCommand.Create(cli));
        root.Subcommands.Add(ServeCommand.Create(cli));
        root.Subcommands.Add(NewCommand.Create(cli));
        root.Subcommands.Add(CheckCommand.Create(cli));
        root.Subcommands.Add(NotifyCommand.Create(cli));
        root.Subcommands.Add(InitCommand.Create(cli));
        root.Subcommands.Add(ThemeCommand.Create(cli));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) cli.WriteError(error.Message);
            stderr.WriteLine("Run 'sfd --help' for usage.");
            return BadUsage;
        }
        // System.CommandLine 2.0.0 leaves ProcessTerminationTimeout unset, which lets Ctrl+C kill the process outright;
        // with it set, a long-running command (sfd serve) gets a cancelled token and stops cleanly.
        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            ProcessTerminationTimeout = TimeSpan.FromSeconds(5),
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parse.Invoke(invocation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Every expected problem is a diagnostic with a position; reaching here is a bug in sfd. Say so in a few
            // lines an author can paste into a report, and keep the stack trace for --verbose.
            ReportBug(cli, e, CliContext.IsVerbose(parse));
            return SiteErrors; // the contract has three exit codes; the message says it is sfd's fault
        }
    }

    private static void ReportBug(CliContext cli, Exception e, bool verbose)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
        cli.WriteError($"sfd stopped on an unexpected problem: {inner.GetType().Name}: {inner.Message}");
        cli.Error.WriteLine("This is a bug in sfd, not in your site. Please report it with the command you ran"
            + (verbose ? " and the details below." : "; run it again with --verbose for the details."));
        if (verbose) cli.Error.WriteLine(inner.ToString());
    }
}
