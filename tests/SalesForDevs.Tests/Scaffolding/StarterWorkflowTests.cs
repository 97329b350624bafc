using SalesForDevs.Scaffolding;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.WorkflowFile;

namespace SalesForDevs.Tests.Scaffolding;

/// <summary>
/// The GitHub Pages workflow that sfd init writes, for a blog in its own repository: it installs the pinned sfd as a
/// local .NET tool, builds for the Pages address, deploys with the official actions and runs no test suite (issue 12).
/// </summary>
public sealed class StarterWorkflowTests
{
    private static readonly WorkflowFile Workflow = WorkflowFile.Parse(StarterSite.Workflow);

    [Fact]
    public void Is_the_workflow_file_kept_in_the_source_so_that_ci_lints_what_init_writes()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "SalesForDevs", "Scaffolding", "Starter", "pages.yml")).Replace("\r\n", "\n");
        Assert.Equal(source, StarterSite.Workflow);
    }

    [Fact]
    public void Runs_on_push_daily_for_future_posts_and_by_hand()
    {
        var on = Map(Workflow.Root, "on");
        Assert.Equal(["main"], Strings(Map(on, "push"), "branches"));
        Assert.True(Has(on, "workflow_dispatch"));
        var schedule = Assert.Single(((YamlDotNet.RepresentationModel.YamlSequenceNode)on.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("schedule")]).Children);
        var cron = Scalar(schedule, "cron")!.Split(' ');
        Assert.Equal(5, cron.Length);
        Assert.True(int.TryParse(cron[0], out _) && int.TryParse(cron[1], out _), "one fixed minute and hour a day");
        Assert.Equal(["*", "*", "*"], cron[2..]);
        Assert.False(Has(on, "pull_request"));
    }

    [Fact]
    public void Has_the_permissions_pages_needs_and_never_two_runs_at_once()
    {
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" }, Permissions(Workflow.Root));
        var concurrency = Map(Workflow.Root, "concurrency");
        Assert.Equal("pages", Scalar(concurrency, "group"));
        Assert.Equal("false", Scalar(concurrency, "cancel-in-progress"));
    }

    [Fact]
    public void Build_job_restores_the_pinned_tool_builds_for_the_pages_url_and_uploads()
    {
        var steps = Workflow.Steps("build");
        var checkout = IndexOfUses(steps, "actions/checkout");
        var dotnet = IndexOfUses(steps, "actions/setup-dotnet");
        var restore = IndexOfRun(steps, "dotnet tool restore");
        var configure = IndexOfUses(steps, "actions/configure-pages");
        var build = IndexOfRun(steps, "dotnet sfd build");
        var upload = IndexOfUses(steps, "actions/upload-pages-artifact");
        Assert.True(checkout == 0 && checkout < dotnet && dotnet < restore && restore < configure && configure < build && build < upload,
            $"steps out of order: checkout {checkout}, setup-dotnet {dotnet}, tool restore {restore}, configure-pages {configure}, build {build}, upload {upload}");
        Assert.StartsWith("10.", Scalar(Map(steps[dotnet], "with"), "dotnet-version"));

        var pagesId = Scalar(steps[configure], "id");
        Assert.Equal("${{ steps." + pagesId + ".outputs.base_url }}", Scalar(Map(steps[build], "env"), "PAGES_BASE_URL"));
        Assert.Equal("dotnet sfd build --base-url \"${PAGES_BASE_URL%/}/\"", Scalar(steps[build], "run"));
        Assert.Equal("_site", Scalar(Map(steps[upload], "with"), "path"));
    }

    [Fact]
    public void Deploy_job_deploys_with_the_official_action()
    {
        var deploy = Workflow.Job("deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
        var step = Assert.Single(Workflow.Steps("deploy"));
        Assert.StartsWith("actions/deploy-pages@", Scalar(step, "uses"));
        Assert.Equal($"${{{{ steps.{Scalar(step, "id")}.outputs.page_url }}}}", Scalar(Map(deploy, "environment"), "url"));
    }

    [Fact]
    public void Notify_job_is_optional_and_runs_the_pinned_tool_after_the_deployment()
    {
        var notify = Workflow.Job("notify");
        Assert.Equal(["build", "deploy"], Strings(notify, "needs"));
        Assert.Equal("vars.SFD_NOTIFY == 'true'", Scalar(notify, "if"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "write" }, Permissions(notify));
        var steps = Workflow.Steps("notify");
        var restore = IndexOfRun(steps, "dotnet tool restore");
        var send = IndexOfRun(steps, "dotnet sfd notify --base-url \"${PAGES_BASE_URL%/}/\"");
        var commit = IndexOfRun(steps, "git push origin");
        Assert.True(restore >= 0 && restore < send && send < commit, $"notify steps out of order: restore {restore}, notify {send}, commit {commit}");
        Assert.Equal("${{ needs.build.outputs.base_url }}", Scalar(Map(notify, "env"), "PAGES_BASE_URL"));
        Assert.Equal(".sfd/notified.json", Scalar(Map(notify, "env"), "STATE"));
    }

    [Fact]
    public void Never_builds_sfd_from_source_nor_runs_a_test_suite()
    {
        var runs = Workflow.AllSteps().Select(s => Scalar(s, "run")).OfType<string>().ToList();
        Assert.NotEmpty(runs);
        Assert.DoesNotContain(runs, r => r.Contains("dotnet test", StringComparison.Ordinal) || r.Contains("dotnet run", StringComparison.Ordinal)
            || r.Contains("dotnet build", StringComparison.Ordinal) || r.Contains(".ci/", StringComparison.Ordinal) || r.Contains("src/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_action_is_pinned_to_a_major_version()
    {
        var uses = Workflow.AllSteps().Select(s => Scalar(s, "uses")).OfType<string>().ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(@"^actions/[a-z-]+@v\d+$", u));
    }

    [Fact]
    public void The_workflow_init_writes_passes_actionlint()
    {
        var root = Path.Combine(Path.GetTempPath(), "sfd-lint-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, CliInvocation.Run(Path.GetTempPath(), "init", root, "-q").ExitCode);

            var (code, output) = ActionLint.Run(root);

            Assert.True(code == 0, output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Actionlint_reports_a_broken_workflow()
    {
        var root = Path.Combine(Path.GetTempPath(), "sfd-lint-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, CliInvocation.Run(Path.GetTempPath(), "init", root, "-q").ExitCode);
            var file = Path.Combine(root, ".github", "workflows", "pages.yml");
            File.WriteAllText(file, File.ReadAllText(file).Replace("steps.pages.outputs.base_url", "steps.nowhere.outputs.base_url"));

            var (code, output) = ActionLint.Run(root);

            Assert.NotEqual(0, code);
            Assert.Contains("nowhere", output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
