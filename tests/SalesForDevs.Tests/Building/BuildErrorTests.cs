using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Building;

/// <summary>
/// Each case in Golden/Errors/NNN-name.site adds bad files to a good site. The build must print exactly the lines in
/// NNN-name.errors.txt, exit with 1, and leave the previous _site/ byte for byte as it was.
/// </summary>
public sealed class BuildErrorTests
{
    private const string GoodSite = SiteYml + """
        -- content/posts/2026-01-05-base.md --
        ---
        title: Base
        series: guide
        section: strategy
        ---
        The strategy.
        -- content/posts/2026-01-06-practice.md --
        ---
        title: Practice
        series: guide
        section: tactics
        builds_on: [base]
        ---
        The tactics.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.

        """;

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Path.Combine(Golden.Folder, "Errors"), "*.site").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_reports_its_position_exits_1_and_keeps_the_previous_site(string name)
    {
        using var site = new TempSite(GoodSite);
        Assert.Equal(0, Cli(site, out _, out var firstErrors));
        Assert.Equal("", firstErrors);
        var before = TempSite.Snapshot(site.Output);

        foreach (var (path, text) in TempSite.Parse(File.ReadAllText(Path.Combine(Golden.Folder, "Errors", name + ".site"))))
            site.Write(path, text);
        var exit = Cli(site, out var stdout, out var stderr);

        Golden.Match(Path.Combine(Golden.Folder, "Errors", name + ".errors.txt"), stderr);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.SequenceEqual(after[path]), $"{path} changed after a failed build");
        Assert.Empty(Directory.GetDirectories(site.Root, ".*staging*"));
    }

    [Theory]
    [InlineData(".", "is the site folder or contains it")]
    [InlineData("content", "is or holds the site's content/ folder")]
    [InlineData("content/static/out", "is or holds the site's content/ folder, or lies inside it")]
    [InlineData("..", "is the site folder or contains it")]
    public void Refuses_an_output_folder_that_holds_the_sources(string output, string message)
    {
        using var site = new TempSite(GoodSite);
        var exit = Cli(site, out _, out var stderr, "--output", output, "--force");
        Assert.Equal(1, exit);
        Assert.Contains(message, stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "posts", "2026-01-05-base.md")));
    }

    [Fact]
    public void Refuses_to_replace_a_folder_that_is_not_a_built_site()
    {
        using var site = new TempSite(GoodSite + "-- notes/keep.txt --\nmine\n");
        Assert.Equal(1, Cli(site, out _, out var stderr, "--output", "notes"));
        Assert.Contains("error: the output folder <site>/notes is not empty and sfd has no record of building it (no .sfd-manifest); it holds files this site does not make, such as keep.txt.", stderr);
        Assert.Contains("--force", stderr);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(site.Root, "notes", "keep.txt")));
    }

    [Fact]
    public void Builds_into_a_folder_that_holds_only_hidden_entries_such_as_a_gh_pages_checkout()
    {
        using var site = new TempSite(GoodSite + "-- public/.git/HEAD --\nref: refs/heads/gh-pages\n");
        Assert.Equal(0, Cli(site, out _, out var stderr, "--output", "public"));
        Assert.Equal("", stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "public", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Root, "public", ".git", "HEAD")));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_an_error_not_a_crash()
    {
        using var site = new TempSite(GoodSite + "-- blocked --\nI am a file, not a folder.\n");
        Assert.Equal(1, Cli(site, out _, out var stderr, "--output", "blocked/_site"));
        Assert.StartsWith("error: could not write the site into <site>/blocked/_site: ", stderr);
        Assert.Equal("I am a file, not a folder.\n", File.ReadAllText(Path.Combine(site.Root, "blocked")));
    }

    private static int Cli(TempSite site, out string stdout, out string stderr, params string[] extra)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        // Dates in these sites are in early 2026; any clock after that publishes them all.
        var exit = SalesForDevs.Cli.Program.Run(["build", "--source", site.Root, .. extra], output, errors);
        stdout = output.ToString();
        stderr = errors.ToString().Replace(site.Root, "<site>");
        return exit;
    }
}
