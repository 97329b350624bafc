using SalesForDevs.Cli;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Cli;

public sealed class NotifyCommandTests : IDisposable
{
    private const string Secret = "cli-secret-0d9e-never-print-me";
    private readonly RecordingHttpServer _hook = new();
    private readonly TempSite _site;

    public NotifyCommandTests()
    {
        _site = new TempSite($"""
            -- site.yml --
            title: T
            base_url: https://example.github.io/blog/
            notify:
              webhook:
                url: "{_hook.Url()}"
                secret_env: CLI_HOOK_SECRET
            -- content/posts/2026-01-05-first.md --
            ---
            title: First
            ---
            Hello.
            """);
    }

    public void Dispose()
    {
        _site.Dispose();
        _hook.Dispose();
    }

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var cli = new CliContext(stdout, stderr, _site.Root)
        {
            Clock = () => TempSite.Now,
            Environment = name => name == "CLI_HOOK_SECRET" ? Secret : null,
        };
        var code = Program.Run(args, cli);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private void AddPost() => _site.Write("content/posts/2026-02-02-second.md", "---\ntitle: Second\n---\nMore.\n");

    [Fact]
    public void First_run_records_and_exits_0()
    {
        var (code, output, error) = Run("notify");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("First run: there was no .sfd/notified.json", output);
        Assert.True(File.Exists(Path.Combine(_site.Root, ".sfd", "notified.json")));
    }

    [Fact]
    public void New_post_is_sent_once_and_dry_run_sends_nothing()
    {
        Run("notify");
        AddPost();

        var dry = Run("notify", "--dry-run");
        Assert.Equal(0, dry.Code);
        Assert.Contains("Would announce \"Second\"", dry.Out);
        Assert.Empty(_hook.Requests);

        var sent = Run("notify");
        var again = Run("notify");
        Assert.Equal(0, sent.Code);
        Assert.Contains("Announced \"Second\" (https://example.github.io/blog/2026/02/second/) by webhook", sent.Out);
        Assert.Equal(0, again.Code);
        Assert.Single(_hook.Requests);
        Assert.DoesNotContain(Secret, dry.Out + sent.Out + again.Out + dry.Error + sent.Error + again.Error);
    }

    [Fact]
    public void A_refusing_hook_exits_1_with_the_reason_on_stderr()
    {
        Run("notify");
        AddPost();
        _hook.Enqueue(new RecordingHttpServer.Reply(400));

        var (code, _, error) = Run("notify");

        Assert.Equal(1, code);
        Assert.StartsWith("content/posts/2026-02-02-second.md: error: \"Second\" was not announced: webhook http://127.0.0.1:", error);
        Assert.Contains("answered 400", error);
    }

    [Fact]
    public void Malformed_state_exits_1()
    {
        _site.Write(".sfd/notified.json", "not json");
        var (code, _, error) = Run("notify");
        Assert.Equal(1, code);
        Assert.StartsWith(".sfd/notified.json:1:2: error: the notify state file is not valid JSON", error);
        Assert.Equal("not json", File.ReadAllText(Path.Combine(_site.Root, ".sfd", "notified.json")).TrimEnd());
    }

    [Fact]
    public void State_path_comes_from_site_yml()
    {
        _site.Write("site.yml", File.ReadAllText(Path.Combine(_site.Root, "site.yml")) + "  state: state/announced.json\n");
        Assert.Equal(0, Run("notify").Code);
        Assert.True(File.Exists(Path.Combine(_site.Root, "state", "announced.json")));
    }

    [Fact]
    public void Unknown_option_is_bad_usage()
    {
        var (code, _, error) = Run("notify", "--dryrun");
        Assert.Equal(2, code);
        Assert.Contains("--dryrun", error);
    }
}
