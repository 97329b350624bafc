using System.CommandLine;
using SalesForDevs.Diagnostics;
using SalesForDevs.Sites;

namespace SalesForDevs.Cli;

/// <summary>What every command shares: the writers, the working folder, the global options and how diagnostics print.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, string currentDirectory)
{
    public static readonly Option<string?> Source = new("--source", "-s") { Description = "The site folder (default: the nearest folder with site.yml, from here upwards)", Recursive = true };
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print more detail, such as the time of each build stage", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors", Recursive = true };

    /// <summary>How long a build runs before its stages are shown on a terminal.</summary>
    public static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(1);

    /// <summary>The clock commands use for "now"; tests pin it.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Environment variable lookup (secrets for sfd notify); tests supply their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public TextWriter Out => stdout;
    public TextWriter Error => stderr;
    public string CurrentDirectory => currentDirectory;

    /// <summary>True only when stderr is the process's own console stream and that is a terminal (never in tests).</summary>
    public bool ErrorIsTerminal { get; } = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public TerminalColors Colors { get; } = new(TerminalColors.Wanted(stderr, Console.Error, Console.IsErrorRedirected, System.Environment.GetEnvironmentVariable));

    public static bool IsQuiet(ParseResult parse) => parse.GetValue(Quiet);

    /// <summary>--verbose, unless --quiet wins.</summary>
    public static bool IsVerbose(ParseResult parse) => parse.GetValue(Verbose) && !parse.GetValue(Quiet);

    /// <summary>The site folder, or null after printing why none was found.</summary>
    public string? FindSite(ParseResult parse)
    {
        var source = parse.GetValue(Source);
        var site = SiteLocator.Find(source, currentDirectory);
        if (site is null)
            WriteError($"no site.yml in {currentDirectory} or any folder above it; run sfd inside a site or pass --source DIR");
        else if (!Directory.Exists(site))
        {
            WriteError($"the source folder {site} does not exist");
            return null;
        }
        return site;
    }

    /// <summary>Prints diagnostics in the contract's format, paths relative to the site. Warnings are hidden by --quiet.</summary>
    public void Print(IEnumerable<Diagnostic> diagnostics, bool quiet)
    {
        foreach (var d in diagnostics)
        {
            if (quiet && !d.IsError) continue;
            WriteProblem(d.ToString());
        }
    }

    /// <summary>A line already in the "path: error: message" shape, to stderr, with its severity colored on a terminal.</summary>
    public void WriteProblem(string line) => stderr.WriteLine(Colors.Highlight(line));

    public void WriteError(string message) => WriteProblem("error: " + message);

    /// <summary>The build's progress display: stage names on a terminal once a build is slow, stage times with --verbose.</summary>
    public BuildProgressDisplay BuildProgress(ParseResult parse) =>
        new(ErrorIsTerminal && !IsQuiet(parse) ? stderr : null, IsVerbose(parse) ? stdout : null, ProgressDelay);

    public static string ResolvePath(string site, string? path, string fallback) =>
        Path.GetFullPath(path ?? fallback, site);

    /// <summary>A path to show the user: relative to the current folder when it is inside it, otherwise full.</summary>
    public string Show(string path)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
