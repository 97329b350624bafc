using SalesForDevs.Cli;

namespace SalesForDevs.Tests.Support;

/// <summary>Runs the sfd command line in-process with captured output, as a user in <c>currentDirectory</c> would.</summary>
public sealed record CliInvocation(int ExitCode, string Out, string Error)
{
    public static CliInvocation Run(string currentDirectory, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdout, stderr, currentDirectory);
        return new CliInvocation(code, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}
