using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace SalesForDevs.Cli;

/// <summary>
/// <c>sfd --version</c>: prints this tool's informational version. System.CommandLine's own action reads the entry
/// assembly, which is not sfd when the command line runs inside another host (tests, other tools).
/// </summary>
internal sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(Version);
        return Program.Success;
    }
}
