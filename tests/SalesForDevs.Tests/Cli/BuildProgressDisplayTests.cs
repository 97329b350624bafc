using SalesForDevs.Cli;

namespace SalesForDevs.Tests.Cli;

public sealed class BuildProgressDisplayTests
{
    [Fact]
    public void A_quick_build_shows_no_stages()
    {
        var progress = new StringWriter();
        using (var display = new BuildProgressDisplay(progress, null, TimeSpan.FromMinutes(5)))
        {
            display.StageStarted("content");
            display.StageFinished("content", TimeSpan.FromMilliseconds(3));
        }
        Assert.Equal("", progress.ToString());
    }

    [Fact]
    public void Stages_that_start_after_the_delay_are_shown_once_each()
    {
        var progress = new StringWriter { NewLine = "\n" };
        using (var display = new BuildProgressDisplay(progress, null, TimeSpan.Zero))
        {
            display.StageStarted("markdown");
            display.StageFinished("markdown", TimeSpan.FromSeconds(2));
            display.StageStarted("outputs");
            display.StageFinished("outputs", TimeSpan.FromSeconds(1));
        }
        Assert.Equal("building: markdown...\nbuilding: outputs...\n", progress.ToString());
    }

    [Fact]
    public void A_slow_stage_is_shown_when_the_delay_passes()
    {
        var progress = new StringWriter { NewLine = "\n" };
        using var display = new BuildProgressDisplay(progress, null, TimeSpan.FromMilliseconds(50));
        display.StageStarted("markdown");

        var shown = SpinWait.SpinUntil(() => progress.ToString().Length > 0, TimeSpan.FromSeconds(10));

        Assert.True(shown);
        Assert.Equal("building: markdown...\n", progress.ToString());
    }

    [Fact]
    public void Timings_are_written_per_stage()
    {
        var timings = new StringWriter { NewLine = "\n" };
        using (var display = new BuildProgressDisplay(null, timings, TimeSpan.FromSeconds(1)))
        {
            display.StageStarted("content");
            display.StageFinished("content", TimeSpan.FromMilliseconds(12.5));
        }
        Assert.Matches(@"^  content          0\.013 s  \(processor \d+\.\d{3} s, \d+ MB allocated\)\n$", timings.ToString());
    }
}
