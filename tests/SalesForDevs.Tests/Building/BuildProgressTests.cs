using SalesForDevs.Building;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Building;

public sealed class BuildProgressTests
{
    private sealed class Recorder : IBuildProgress
    {
        public List<string> Events { get; } = [];
        public void StageStarted(string stage) => Events.Add("start " + stage);
        public void StageFinished(string stage, TimeSpan elapsed) => Events.Add($"end {stage}" + (elapsed >= TimeSpan.Zero ? "" : " negative"));
    }

    [Fact]
    public void Each_stage_is_reported_started_then_finished_in_order()
    {
        using var site = new TempSite("-- site.yml --\ntitle: T\nbase_url: https://example.com/\n-- content/posts/2026-01-05-a.md --\n---\ntitle: A\n---\nA.\n");
        var recorder = new Recorder();

        Assert.True(site.Build().Succeeded);
        SiteBuilder.Build(site.Root, site.Output, new() { Now = TempSite.Now }, recorder);

        string[] stages = ["configuration", "content", "linking", "theme", "markdown", "outputs", "images", "publishing"];
        Assert.Equal(stages.SelectMany(s => new[] { "start " + s, "end " + s }), recorder.Events);
    }

    [Fact]
    public void A_failed_stage_is_still_finished_and_later_stages_never_start()
    {
        using var site = new TempSite("-- site.yml --\ntitle: T\nbase_url: https://example.com/\n-- content/posts/2026-01-05-a.md --\n---\ntitle: A\ndate: 2026-13-40\n---\nA.\n");
        var recorder = new Recorder();

        Assert.False(SiteBuilder.Build(site.Root, site.Output, new() { Now = TempSite.Now }, recorder).Succeeded);

        Assert.Equal(["start configuration", "end configuration", "start content", "end content"], recorder.Events);
    }
}
