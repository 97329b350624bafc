using System.Reflection;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Cli;

public sealed class ProgramTests
{
    [Fact]
    public void Version_prints_the_informational_version()
    {
        var expected = typeof(SalesForDevs.Cli.Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = CliInvocation.Run(RepoPaths.Root, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected + "\n", run.Out);
        Assert.StartsWith("0.1.0", run.Out);
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("check", "--extrnal")]
    [InlineData("new", "post", "T", "--sektion", "x")]
    [InlineData("publish")]
    public void An_unknown_option_or_command_is_bad_usage(params string[] args)
    {
        var run = CliInvocation.Run(RepoPaths.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains("Run 'sfd --help' for usage.", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--output", "build")]
    [InlineData("--quiet", "build")]
    [InlineData("--external", "check")]
    [InlineData("--builds-on", "new", "post")]
    [InlineData("--quiet", "new")]
    public void Every_command_has_help(string option, params string[] command)
    {
        var run = CliInvocation.Run(RepoPaths.Root, [.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out);
        Assert.Contains(option, run.Out);
    }

    [Fact]
    public void Without_a_site_it_says_how_to_name_one()
    {
        var empty = Directory.CreateTempSubdirectory("sfd-nosite-").FullName;
        try
        {
            var run = CliInvocation.Run(empty, "build");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"error: no site.yml in {empty} or any folder above it; run sfd inside a site or pass --source DIR\n", run.Error);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
