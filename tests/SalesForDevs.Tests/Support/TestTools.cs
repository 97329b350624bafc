using System.Diagnostics;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// The Debian tools some tests drive (Chromium, Jing). When one is missing, a plain `dotnet test` runs the
/// repository's own .ci/install-tools once, so a new machine needs nothing installed by hand.
/// </summary>
public static class TestTools
{
    private static readonly Lock Gate = new();
    private static bool _installerRan;

    /// <summary>Makes sure a tool is there, running the installer once when <paramref name="isPresent"/> says it is missing.</summary>
    public static void Ensure(string name, Func<bool> isPresent)
    {
        if (isPresent()) return;
        lock (Gate)
        {
            if (!_installerRan && !isPresent())
            {
                _installerRan = true;
                RunInstaller();
            }
        }
        if (!isPresent())
            throw new InvalidOperationException($"{name} is missing and .ci/install-tools could not install it; run `bash .ci/install-tools` as root and look at its output");
    }

    public static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command)).FirstOrDefault(File.Exists);

    private static void RunInstaller()
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, ".ci", "install-tools"));
        using var process = Process.Start(start)!;
        // Read both streams to the end so a chatty installer cannot block on a full pipe.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15))) process.Kill(entireProcessTree: true);
        Console.Error.WriteLine(output.Result + errors.Result);
    }
}
