using System.Diagnostics;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>
/// Validates Atom documents against RFC 4287's RELAX NG schema (atom.rnc beside this file) with Jing, run as a process.
/// .ci/install-tools installs Jing (Debian package jing).
/// </summary>
internal static class AtomSchema
{
    public static string SchemaPath { get; } = Path.Combine(RepoPaths.Root, "tests", "SalesForDevs.Tests", "Outputs", "Feeds", "atom.rnc");

    public sealed record Report(int ExitCode, IReadOnlyList<string> Errors, string Output);

    public static Report Validate(IReadOnlyCollection<string> files)
    {
        Assert.NotEmpty(files);
        TestTools.Ensure("jing", () => TestTools.FindOnPath("jing") is not null);
        var jing = TestTools.FindOnPath("jing")!;
        var start = new ProcessStartInfo(jing)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(SchemaPath);
        foreach (var file in files) start.ArgumentList.Add(file);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("jing did not finish within two minutes");
        }
        var output = stdout.Result + stderr.Result;
        // Jing reports "file:line:col: error: message"; the Debian wrapper's "[warning] ... Unable to locate" lines are noise.
        var errors = output.Split('\n').Where(l => l.Contains(": error:", StringComparison.Ordinal) || l.Contains(": fatal:", StringComparison.Ordinal)).ToList();
        return new Report(process.ExitCode, errors, output);
    }
}
