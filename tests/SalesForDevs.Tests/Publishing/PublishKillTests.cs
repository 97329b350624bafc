using System.Diagnostics;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Publishing;

/// <summary>
/// `sfd build` killed with SIGKILL at 20 moments spread over a rebuild, publishing included, leaves the output exactly
/// the old site or exactly the new one, and the next build leaves no staging folder (issue 11, fault 7). The real tool
/// runs as a process; the two versions of the site alternate, so every build replaces every page.
/// </summary>
public sealed class PublishKillTests : IDisposable
{
    private const int Posts = 300;
    private const int Kills = 20;
    private readonly TempSite _site = new("");

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_whole_old_or_the_whole_new_site()
    {
        WriteVersion("A");
        Assert.Equal(0, Run(null).ExitCode);
        var a = TreeState.Capture(_site.Output);
        WriteVersion("B");
        var (exit, stagingAt, end) = Run(null);
        Assert.Equal(0, exit);
        var b = TreeState.Capture(_site.Output);
        Assert.NotEqual(a, b);
        var versions = new Dictionary<string, SortedDictionary<string, string>> { ["A"] = a, ["B"] = b };

        // The reference build says when publishing starts (the staging folder appears) and ends on this machine now.
        var publishing = (end ?? stagingAt!.Value) - (stagingAt ?? TimeSpan.Zero);
        var current = "B";
        var duringPublishing = 0;
        for (var i = 0; i < Kills; i++)
        {
            var next = current == "A" ? "B" : "A";
            WriteVersion(next);
            var kill = i < 8
                ? new KillAt(null, (stagingAt ?? end!.Value) * (i + 1) / 9)
                : new KillAt(TimeSpan.Zero, publishing * (i - 8) / (Kills - 8));
            var result = Run(kill);
            if (result.KilledWhilePublishing) duringPublishing++;

            var state = TreeState.Capture(_site.Output);
            var whole = versions.FirstOrDefault(v => v.Value.SequenceEqual(state)).Key;
            Assert.True(whole is not null, $"kill {i + 1} ({kill}) left a mix: {state.Count} entries, {state.Count(e => a.Contains(e))} of A, {state.Count(e => b.Contains(e))} of B");
            current = whole;
        }
        Assert.True(duringPublishing > 0, "no kill fell while a staging folder existed");

        WriteVersion(current == "A" ? "B" : "A");
        Assert.Equal(0, Run(null).ExitCode);
        Assert.Equal(versions[current == "A" ? "B" : "A"], TreeState.Capture(_site.Output));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_site.Root, "*_site*").Select(Path.GetFileName));
    }

    [Fact]
    public void A_first_build_killed_at_any_moment_leaves_no_output_or_the_whole_site_and_the_next_build_no_staging()
    {
        // A first build stages from its start (into a folder made apart from the output's), so most kills fall into it.
        WriteVersion("A");
        var (exit, _, end) = Run(null);
        Assert.Equal(0, exit);
        var site = TreeState.Capture(_site.Output);
        var duringStaging = 0;
        for (var i = 0; i < 8; i++)
        {
            if (Directory.Exists(_site.Output)) Directory.Delete(_site.Output, recursive: true);
            var result = Run(new KillAt(null, end!.Value * (i + 1) / 9));
            if (result.KilledWhilePublishing) duringStaging++;
            Assert.True(!Directory.Exists(_site.Output) || TreeState.Capture(_site.Output).SequenceEqual(site), $"kill {i + 1} left part of a site");
        }
        Assert.True(duringStaging > 0, "no kill fell while a staging folder existed");

        if (Directory.Exists(_site.Output)) Directory.Delete(_site.Output, recursive: true);
        Assert.Equal(0, Run(null).ExitCode);
        Assert.Equal(site, TreeState.Capture(_site.Output));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_site.Root, "*_site*").Select(Path.GetFileName));
    }

    /// <param name="AfterStaging">Count the delay from the moment the staging folder appears; null: from the start.</param>
    private sealed record KillAt(TimeSpan? AfterStaging, TimeSpan Delay);

    private sealed record BuildRun(int ExitCode, TimeSpan? StagingAt, TimeSpan? End)
    {
        public bool KilledWhilePublishing { get; init; }
    }

    /// <summary>Runs sfd build; with <paramref name="kill"/>, kills it then (unless it finished first).</summary>
    private BuildRun Run(KillAt? kill)
    {
        var start = new ProcessStartInfo(DotNet(), [Path.Combine(AppContext.BaseDirectory, "sfd.dll"), "build", "--quiet", "--source", _site.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        TimeSpan? stagingAt = null;
        var killed = false;
        var killedWhilePublishing = false;
        while (!process.HasExited)
        {
            if (stagingAt is null && StagingExists()) stagingAt = clock.Elapsed;
            if (kill is not null && !killed && (kill.AfterStaging is null ? clock.Elapsed >= kill.Delay : stagingAt is not null && clock.Elapsed - stagingAt >= kill.Delay))
            {
                killedWhilePublishing = StagingExists();
                process.Kill();
                killed = true;
            }
            Thread.Sleep(2);
        }
        process.WaitForExit();
        if (!killed) Assert.True(process.ExitCode == 0, stderr.Result);
        return new BuildRun(killed ? -9 : process.ExitCode, stagingAt, killed ? null : clock.Elapsed) { KilledWhilePublishing = killedWhilePublishing && killed };
    }

    private bool StagingExists() => Directory.EnumerateDirectories(_site.Root, ".sfd-staging-*").Any();

    private static string DotNet() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    /// <summary>Version A and B differ in every page (the title) and in which posts exist.</summary>
    private void WriteVersion(string version)
    {
        _site.Write("site.yml", $"title: Kill test {version}\ndescription: d\nbase_url: https://example.github.io/blog/\nauthor: {{ name: T, email: t@example.com }}\n");
        var posts = Path.Combine(_site.Root, "content", "posts");
        if (Directory.Exists(posts)) Directory.Delete(posts, recursive: true);
        var first = version == "A" ? 0 : 20;
        for (var i = first; i < first + Posts; i++)
            _site.Write($"content/posts/2025-{1 + i % 12:00}-{1 + i % 28:00}-post-{i}.md",
                $"---\ntitle: Post {i}\ntags: [t{i % 20}, u{i % 7}]\n---\nParagraph {i} with *text* and a [link](https://example.com/{i}).\n\n## More\n\nText.\n");
    }

    public void Dispose() => _site.Dispose();
}
