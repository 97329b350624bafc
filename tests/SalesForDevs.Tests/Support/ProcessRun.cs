using System.Diagnostics;

namespace SalesForDevs.Tests.Support;

/// <summary>A finished child process: its exit code and what it printed.</summary>
public sealed record ProcessRun(string Command, int ExitCode, string Out, string Error)
{
    public static ProcessRun Start(string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish");
        }
        return new ProcessRun($"{file} {string.Join(' ', start.ArgumentList)}", process.ExitCode, output.Result, errors.Result);
    }

    public override string ToString() => $"{Command}\nexit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}
