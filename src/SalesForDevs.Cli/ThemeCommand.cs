using System.CommandLine;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Scaffolding;

namespace SalesForDevs.Cli;

/// <summary><c>sfd theme copy [NAME]</c></summary>
internal static class ThemeCommand
{
    public static readonly Argument<string?> Name = new("name") { Description = "The folder under themes/ for the copy (default: default, which the site then uses at once)", Arity = ArgumentArity.ZeroOrOne };

    public static Command Create(CliContext cli)
    {
        var copy = new Command("copy", "Write the theme built into sfd into themes/NAME/ of the site, to change it");
        copy.Arguments.Add(Name);
        copy.SetAction(parse =>
        {
            var site = cli.FindSite(parse);
            if (site is null) return Program.BadUsage;
            var name = parse.GetValue(Name) ?? ThemeCopier.BuiltInName;
            var result = ThemeCopier.Copy(site, name);
            cli.Print(result.Diagnostics, quiet: false);
            if (!result.Succeeded) return Program.BadUsage;
            if (CliContext.IsQuiet(parse)) return Program.Success;
            cli.Out.WriteLine($"Copied the built-in theme into {cli.Show(result.Directory!)} ({result.Written.Count} files).");
            cli.Out.WriteLine(result.InUse
                ? $"The site now uses it: change its layouts/*{ThemeLoader.Extension} and assets/ as you like."
                : $"To use it, set `theme: {name}` in site.yml.");
            return Program.Success;
        });

        var command = new Command("theme", "Work with the site's theme");
        command.Subcommands.Add(copy);
        return command;
    }
}
