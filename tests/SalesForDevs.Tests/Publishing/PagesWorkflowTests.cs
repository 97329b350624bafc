using System.Text.RegularExpressions;
using SalesForDevs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SalesForDevs.Tests.Publishing;

/// <summary>
/// The GitHub Pages workflow, read as data: what triggers it, what it may do, and which steps run in which job.
/// actionlint (in .ci/run) checks that it is a valid workflow; these tests check that it is this project's workflow.
/// </summary>
public sealed partial class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load() => LoadFile("pages.yml");

    private static YamlMappingNode LoadFile(string name) =>
        WorkflowFile.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", name))).Root;

    private static YamlMappingNode Map(YamlNode node, string key) =>
        Assert.IsType<YamlMappingNode>(((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(new YamlScalarNode(key));

    private static YamlMappingNode Job(string name) => Map(Map(Workflow, "jobs"), name);

    private static List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Job(job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    private static int IndexOfUses(List<YamlMappingNode> steps, string action) =>
        steps.FindIndex(s => Scalar(s, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    private static int IndexOfRun(List<YamlMappingNode> steps, string command) =>
        steps.FindIndex(s => Scalar(s, "run")?.Contains(command, StringComparison.Ordinal) == true);

    private static Dictionary<string, string> Permissions(YamlNode node) =>
        Map(node, "permissions").Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);

    [Fact]
    public void Runs_on_push_to_main_daily_and_by_hand()
    {
        var on = Map(Workflow, "on");
        var branches = (YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")];
        Assert.Equal(["main"], branches.Children.Select(b => ((YamlScalarNode)b).Value));
        Assert.True(Has(on, "workflow_dispatch"));

        var schedule = Assert.Single(((YamlSequenceNode)on.Children[new YamlScalarNode("schedule")]).Children);
        var fields = Scalar(schedule, "cron")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, fields.Length);
        Assert.True(int.TryParse(fields[0], out _) && int.TryParse(fields[1], out _), "the run should have one fixed minute and hour");
        Assert.Equal(["*", "*", "*"], fields[2..]);
    }

    [Fact]
    public void Has_the_permissions_pages_needs_and_never_two_runs_at_once()
    {
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" }, Permissions(Workflow));

        var concurrency = Map(Workflow, "concurrency");
        Assert.False(string.IsNullOrWhiteSpace(Scalar(concurrency, "group")));
        Assert.Equal("false", Scalar(concurrency, "cancel-in-progress"));
    }

    [Fact]
    public void Build_job_builds_sfd_then_the_site_for_the_pages_url_and_uploads_it()
    {
        var steps = Steps("build");
        var checkout = IndexOfUses(steps, "actions/checkout");
        var dotnet = IndexOfUses(steps, "actions/setup-dotnet");
        var cache = IndexOfUses(steps, "actions/cache");
        var compile = IndexOfRun(steps, "dotnet build src/SalesForDevs.Cli --no-restore -c Release");
        var configure = IndexOfUses(steps, "actions/configure-pages");
        var build = IndexOfRun(steps, "-- build ");
        var upload = IndexOfUses(steps, "actions/upload-pages-artifact");

        Assert.True(checkout >= 0 && checkout < dotnet && dotnet < cache && cache < compile && compile < configure && configure < build && build < upload,
            $"steps out of order: checkout {checkout}, setup-dotnet {dotnet}, cache {cache}, build sfd {compile}, configure-pages {configure}, build {build}, upload {upload}");

        Assert.StartsWith("10.", Scalar(Map(steps[dotnet], "with"), "dotnet-version"));
        Assert.Contains(".nuget/packages", Scalar(Map(steps[cache], "with"), "path"));
        Assert.Contains("Directory.Packages.props", Scalar(Map(steps[cache], "with"), "key"));

        // The base URL comes from configure-pages' output, through an environment variable, forced to end with '/'.
        var pagesId = Scalar(steps[configure], "id");
        Assert.False(string.IsNullOrEmpty(pagesId));
        var env = Map(steps[build], "env");
        var variable = Assert.Single(env.Children, e => ((YamlScalarNode)e.Value).Value == $"${{{{ steps.{pagesId}.outputs.base_url }}}}");
        var name = ((YamlScalarNode)variable.Key).Value!;
        var script = Scalar(steps[build], "run")!;
        Assert.Contains($"\"${{{name}%/}}/\"", script);
        Assert.Matches(@"dotnet run --project src/SalesForDevs\.Cli -c Release .*-- build --base-url ""\$\{base_url\}""", script);

        Assert.Equal("_site", Scalar(Map(steps[upload], "with"), "path"));
    }

    // Issue 12: the scheduled run builds and deploys; the tests run on pushes and pull requests.
    [Fact]
    public void Pushes_are_tested_before_publishing_and_the_daily_run_is_not()
    {
        var test = Job("test");
        Assert.Equal("./.github/workflows/tests.yml", Scalar(test, "uses"));
        Assert.Equal("github.event_name != 'schedule'", Scalar(test, "if"));

        var build = Job("build");
        Assert.Equal("test", Scalar(build, "needs"));
        Assert.Equal("${{ !cancelled() && (needs.test.result == 'success' || needs.test.result == 'skipped') }}", Scalar(build, "if"));
        // A skipped ancestor skips every job below it unless the job says otherwise.
        Assert.Equal("${{ !cancelled() && needs.build.result == 'success' }}", Scalar(Job("deploy"), "if"));
        Assert.Contains("needs.deploy.result == 'success'", Scalar(Job("notify"), "if"));

        var publishing = Map(Workflow, "jobs").Children.Values.Cast<YamlMappingNode>().Where(j => Has(j, "steps"))
            .SelectMany(j => ((YamlSequenceNode)j.Children[new YamlScalarNode("steps")]).Children)
            .Select(s => Scalar(s, "run")).OfType<string>().ToList();
        Assert.DoesNotContain(publishing, r => r.Contains("dotnet test", StringComparison.Ordinal) || r.Contains("install-tools", StringComparison.Ordinal));
    }

    [Fact]
    public void The_test_workflow_runs_on_pull_requests_and_when_called_and_runs_every_test()
    {
        var tests = LoadFile("tests.yml");
        var on = Map(tests, "on");
        Assert.True(Has(on, "pull_request"));
        Assert.True(Has(on, "workflow_call"));
        Assert.False(Has(on, "schedule"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, Permissions(tests));

        var steps = ((YamlSequenceNode)Map(Map(tests, "jobs"), "test").Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();
        var build = IndexOfRun(steps, "dotnet build --no-restore -c Release");
        var tools = IndexOfRun(steps, "bash .ci/install-tools");
        var test = IndexOfRun(steps, "dotnet test --no-build -c Release");
        Assert.True(build >= 0 && build < tools && tools < test, $"steps out of order: build {build}, install-tools {tools}, test {test}");
    }

    [Fact]
    public void Deploy_job_deploys_the_uploaded_site_with_the_official_action()
    {
        var deploy = Job("deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
        var step = Assert.Single(Steps("deploy"));
        Assert.StartsWith("actions/deploy-pages@", Scalar(step, "uses"));
        Assert.Equal($"${{{{ steps.{Scalar(step, "id")}.outputs.page_url }}}}", Scalar(Map(deploy, "environment"), "url"));
    }

    [Fact]
    public void Notify_job_runs_after_the_deployment_only_when_switched_on()
    {
        var notify = Job("notify");
        // Its own job after deploy: a failure here fails the run but cannot undo the deployment.
        var needs = ((YamlSequenceNode)notify.Children[new YamlScalarNode("needs")]).Children.Select(n => ((YamlScalarNode)n).Value).ToList();
        Assert.Equal(["build", "deploy"], needs);
        Assert.EndsWith("&& vars.SFD_NOTIFY == 'true' }}", Scalar(notify, "if"));
        // Its permissions replace the workflow's: it can push the state file and nothing else.
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "write" }, Permissions(notify));

        var steps = Steps("notify");
        var send = IndexOfRun(steps, "dotnet run --project src/SalesForDevs.Cli -c Release -- notify --base-url \"${PAGES_BASE_URL%/}/\"");
        Assert.True(send >= 0, "no step runs sfd notify with the Pages base URL");
        Assert.Equal("${{ needs.build.outputs.base_url }}", Scalar(Map(notify, "env"), "PAGES_BASE_URL"));
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Scalar(Map(Job("build"), "outputs"), "base_url"));
        var secrets = Map(steps[send], "env").Children.Select(e => ((YamlScalarNode)e.Value).Value!).ToList();
        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.Matches(@"^\$\{\{ secrets\.[A-Z_]+ \}\}$", s));
    }

    [Fact]
    public void Notify_job_reads_and_commits_back_the_newest_state()
    {
        var notify = Job("notify");
        Assert.Equal(".sfd/notified.json", Scalar(Map(notify, "env"), "STATE"));
        var steps = Steps("notify");
        var send = IndexOfRun(steps, "-- notify");
        var take = IndexOfRun(steps, "git show \"FETCH_HEAD:${STATE}\"");
        var commit = IndexOfRun(steps, "git push origin");
        Assert.True(take >= 0 && take < send && send < commit, $"state steps out of order: take {take}, notify {send}, commit {commit}");
        // Saved even when notify failed part-way, so that what was sent is not sent again.
        Assert.Equal("${{ !cancelled() }}", Scalar(steps[commit], "if"));
        Assert.Contains("git add --force \"$STATE\"", Scalar(steps[commit], "run"));
    }

    [Fact]
    public void Every_action_is_pinned_to_a_major_version_or_a_commit()
    {
        var uses = new[] { Workflow, LoadFile("tests.yml") }.SelectMany(w => Map(w, "jobs").Children.Values).Cast<YamlMappingNode>().Where(job => Has(job, "steps"))
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children)
            .Select(step => Scalar(step, "uses"))
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(PinnedAction(), u));
    }

    [GeneratedRegex(@"^actions/[a-z-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$")]
    private static partial Regex PinnedAction();
}
