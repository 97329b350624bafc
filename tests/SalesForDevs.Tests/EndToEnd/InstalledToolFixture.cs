using System.Runtime.InteropServices;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// sfd as a new user gets it: the tool packages are packed from this repository as the README says, installed with
/// `dotnet tool install` into a temporary tool path, and run in an empty temporary folder outside the repository,
/// under strace, so that the tests can prove it read no file of the repository. On linux-x64 the package installs the
/// Native AOT sfd; the framework-dependent package every other platform gets is installed beside it by its own id and
/// builds the same site again. Packing compiles into the temporary folder (--artifacts-path), apart from the binaries
/// this test run uses; it happens once for the class and takes minutes, most of them the native compiler's.
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
    public string PortableTools => Path.Combine(Root, "tools-any");
    public string Work => Path.Combine(Root, "work");
    public string Site => Path.Combine(Work, "blog");
    public string Output => Path.Combine(Site, "_site");
    public string PortableOutput => Path.Combine(Root, "site-any");

    /// <summary>Whether this machine packs the native tool (the project lists the platforms it can compile for).</summary>
    public static bool Native => RuntimeInformation.RuntimeIdentifier == "linux-x64";

    public ProcessRun Pack { get; }
    public ProcessRun Install { get; }
    public ProcessRun InstallPortable { get; }
    /// <summary>sfd build of the same site by the framework-dependent tool, into <see cref="PortableOutput"/>.</summary>
    public ProcessRun? PortableBuild { get; }

    /// <summary>sfd init, sfd build, sfd check, in that order, each with the files it touched.</summary>
    public List<(ProcessRun Run, IReadOnlyList<string> Files)> Runs { get; } = [];

    /// <summary>A site with a page bundle of images (<see cref="PhotoSite"/>), built by the installed tool with the files
    /// it touched, and a copy of it built by the framework-dependent tool: each makes every resized copy itself.</summary>
    public (ProcessRun Run, IReadOnlyList<string> Files)? ImageBuild { get; private set; }
    public ProcessRun? PortableImageBuild { get; private set; }
    public string PhotoSite => Path.Combine(Work, "photos");
    public string PortablePhotoSite => Path.Combine(Work, "photos-any");

    public StaticSiteServer Server { get; }

    public InstalledToolFixture()
    {
        Assert.False(Root.StartsWith(RepoPaths.Root, StringComparison.Ordinal), "the temporary folder must be outside the repository");
        Directory.CreateDirectory(Work);
        TestTools.Ensure("strace", () => TestTools.FindOnPath("strace") is not null);
        var dotnet = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? TestTools.FindOnPath("dotnet") ?? throw new InvalidOperationException("dotnet is not on the PATH");
        var project = Path.Combine(RepoPaths.Root, "src", "SalesForDevs.Cli");

        Pack = ProcessRun.Start(dotnet, ["pack", project, "-c", Configuration, "-o", Packages, "--artifacts-path", Path.Combine(Root, "artifacts")],
            RepoPaths.Root, timeout: TimeSpan.FromMinutes(40));
        Install = ProcessRun.Start(dotnet, ["tool", "install", "--tool-path", Tools, "--add-source", Packages, "--ignore-failed-sources", "SalesForDevs.Cli"], Work);
        InstallPortable = ProcessRun.Start(dotnet, ["tool", "install", "--tool-path", PortableTools, "--add-source", Packages, "--ignore-failed-sources", "SalesForDevs.Cli.any"], Work);

        // GitHub Pages serves a project site under a sub-path; the build gets that address, as the workflow passes it.
        Server = new StaticSiteServer(Output, "blog");
        if (Pack.ExitCode != 0 || Install.ExitCode != 0) return;
        Sfd(Work, "init", "blog", "--title", "Field Notes");
        Sfd(Site, "build", "--base-url", Server.BaseUrl.ToString());
        Sfd(Site, "check", "--base-url", Server.BaseUrl.ToString(), "--strict");
        if (InstallPortable.ExitCode == 0)
            PortableBuild = ProcessRun.Start(Path.Combine(PortableTools, "sfd"), ["build", "--base-url", Server.BaseUrl.ToString(), "--output", PortableOutput], Site, Environment(Site));

        // The image path after the runs above, which must not load the image library. Both sites start without a cache.
        PhotoSiteFiles.Write(PhotoSite);
        PhotoSiteFiles.Write(PortablePhotoSite);
        var trace = Path.Combine(Root, "trace-images.txt");
        var build = ProcessRun.Start(TestTools.FindOnPath("strace")!, ["-f", "-qq", "-e", "trace=%file", "-o", trace, Path.Combine(Tools, "sfd"), "build"], PhotoSite, Environment(PhotoSite));
        ImageBuild = (build, File.Exists(trace) ? File.ReadAllLines(trace) : []);
        if (InstallPortable.ExitCode == 0)
            PortableImageBuild = ProcessRun.Start(Path.Combine(PortableTools, "sfd"), ["build"], PortablePhotoSite, Environment(PortablePhotoSite));
    }

    private void Sfd(string workingDirectory, params string[] args)
    {
        var trace = Path.Combine(Root, $"trace-{Runs.Count}.txt");
        var run = ProcessRun.Start(TestTools.FindOnPath("strace")!, ["-f", "-qq", "-e", "trace=%file", "-o", trace, Path.Combine(Tools, "sfd"), .. args], workingDirectory, Environment(workingDirectory));
        Runs.Add((run, File.Exists(trace) ? File.ReadAllLines(trace) : []));
    }

    /// <param name="workingDirectory">Also given as PWD, as a shell sets it: the test run's own PWD is the repository, and
    /// glib (in libvips) checks PWD when it asks for the current folder, which the trace would count as a touch.</param>
    private static Dictionary<string, string> Environment(string workingDirectory) => new()
    {
        ["PWD"] = workingDirectory,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        // The framework-dependent tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a standard place.
        ["DOTNET_ROOT"] = System.Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? DotnetRoot(),
    };

    /// <summary>The dotnet folder of the running runtime (…/shared/Microsoft.NETCore.App/VERSION/ is three levels down).</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
