using System.Runtime.InteropServices;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// sfd as a new user gets it: the tool package is packed from this repository, installed with `dotnet tool install`
/// into a temporary tool path, and run in an empty temporary folder outside the repository, under strace, so that
/// the tests can prove it read no file of the repository. Packing reuses the binaries this test run was built from
/// (--no-build), which is what `dotnet pack` would compile from a clean clone; it happens once for the class.
/// </summary>
public sealed class InstalledToolFixture : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sfd-installed-" + Guid.NewGuid().ToString("N"));
    public string Packages => Path.Combine(Root, "nupkg");
    public string Tools => Path.Combine(Root, "tools");
    public string Work => Path.Combine(Root, "work");
    public string Site => Path.Combine(Work, "blog");
    public string Output => Path.Combine(Site, "_site");

    public ProcessRun Pack { get; }
    public ProcessRun Install { get; }

    /// <summary>sfd init, sfd build, sfd check, in that order, each with the files it touched.</summary>
    public List<(ProcessRun Run, IReadOnlyList<string> Files)> Runs { get; } = [];

    public StaticSiteServer Server { get; }

    public InstalledToolFixture()
    {
        Assert.False(Root.StartsWith(RepoPaths.Root, StringComparison.Ordinal), "the temporary folder must be outside the repository");
        Directory.CreateDirectory(Work);
        TestTools.Ensure("strace", () => TestTools.FindOnPath("strace") is not null);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? TestTools.FindOnPath("dotnet") ?? throw new InvalidOperationException("dotnet is not on the PATH");
        var project = Path.Combine(RepoPaths.Root, "src", "SalesForDevs.Cli");

        Pack = ProcessRun.Start(dotnet, ["pack", project, "--no-build", "-c", Configuration, "-o", Packages], RepoPaths.Root);
        Install = ProcessRun.Start(dotnet, ["tool", "install", "--tool-path", Tools, "--add-source", Packages, "--ignore-failed-sources", "SalesForDevs.Cli"], Work);

        // GitHub Pages serves a project site under a sub-path; the build gets that address, as the workflow passes it.
        Server = new StaticSiteServer(Output, "blog");
        if (Pack.ExitCode != 0 || Install.ExitCode != 0) return;
        Sfd(Work, "init", "blog", "--title", "Field Notes");
        Sfd(Site, "build", "--base-url", Server.BaseUrl.ToString());
        Sfd(Site, "check", "--base-url", Server.BaseUrl.ToString(), "--strict");
    }

    private void Sfd(string workingDirectory, params string[] args)
    {
        var trace = Path.Combine(Root, $"trace-{Runs.Count}.txt");
        var environment = new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };
        // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a standard place.
        environment["DOTNET_ROOT"] = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? DotnetRoot();
        var run = ProcessRun.Start(TestTools.FindOnPath("strace")!, ["-f", "-qq", "-e", "trace=%file", "-o", trace, Path.Combine(Tools, "sfd"), .. args], workingDirectory, environment);
        Runs.Add((run, File.Exists(trace) ? File.ReadAllLines(trace) : []));
    }

    /// <summary>The dotnet folder of the running runtime (…/shared/Microsoft.NETCore.App/VERSION/ is three levels down).</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
