using System.CommandLine;
using SalesForDevs.Diagnostics;
using SalesForDevs.Sites;

namespace SalesForDevs.Cli;

/// <summary>What every command shares: the writers, the working folder, the global options and how diagnostics print.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, string currentDirectory)
{
    public static readonly Option<string?> Source = new("--source", "-s") { Description = "The site folder (default: the nearest folder with site.yml, from here upwards)", Recursive = true };
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print more detail", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors", Recursive = true };

    /// <summary>The clock commands use for "now"; tests pin it.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Environment variable lookup (secrets for sfd notify); tests supply their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public TextWriter Out => stdout;
    public TextWriter Error => stderr;
    public string CurrentDirectory => currentDirectory;

    /// <summary>The site folder, or null after printing why none was found.</summary>
    public string? FindSite(ParseResult parse)
    {
        var source = parse.GetValue(Source);
        var site = SiteLocator.Find(source, currentDirectory);
        if (site is null)
            stderr.WriteLine($"error: no site.yml in {currentDirectory} or any folder above it; run sfd inside a site or pass --source DIR");
        else if (!Directory.Exists(site))
        {
            stderr.WriteLine($"error: the source folder {site} does not exist");
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
            stderr.WriteLine(d.ToString());
        }
    }

    public static string ResolvePath(string site, string? path, string fallback) =>
        Path.GetFullPath(path ?? fallback, site);
}
