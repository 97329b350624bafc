using System.Runtime;
using SalesForDevs.Building;
using SalesForDevs.Tests.Support;
using static SalesForDevs.Tests.Support.SiteFiles;

namespace SalesForDevs.Tests.Building;

/// <summary>The collector's mode is the whole process's: these tests run alone.</summary>
[CollectionDefinition(nameof(SmallBuildMemoryTests), DisableParallelization = true)]
public sealed class ProcessWideCollector;

/// <summary>A small site's one-shot build renders without garbage collection; a larger one keeps the collector (issue 14).</summary>
[Collection(nameof(SmallBuildMemoryTests))]
public sealed class SmallBuildMemoryTests
{
    [Fact]
    public void A_small_site_allocates_without_a_collection_until_the_region_ends()
    {
        using (var memory = SmallBuildMemory.Start(SmallBuildMemory.MaxItems, heap: 0))
        {
            Assert.NotNull(memory);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var collections = GC.CollectionCount(0);
            var kept = new List<byte[]>();
            for (var i = 0; i < 64; i++) kept.Add(new byte[64 * 1024]);
            Assert.Equal(collections, GC.CollectionCount(0));
            Assert.Equal(64, kept.Count);
        }
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_larger_site_keeps_the_collector_as_it_is()
    {
        var mode = GCSettings.LatencyMode;
        Assert.Null(SmallBuildMemory.Start(SmallBuildMemory.MaxItems + 1, heap: 0));
        Assert.Null(SmallBuildMemory.Start(1, SmallBuildMemory.MaxHeap + 1));
        Assert.Equal(mode, GCSettings.LatencyMode);
    }

    [Fact]
    public void Only_one_region_is_open_at_a_time_and_one_that_ended_by_itself_closes_quietly()
    {
        using var memory = SmallBuildMemory.Start(1, heap: 0);
        Assert.NotNull(memory);
        Assert.Null(SmallBuildMemory.Start(1, heap: 0));
        // Past the budget the collector takes over again.
        for (long allocated = 0; allocated < 2 * SmallBuildMemory.Budget; allocated += 1 << 20) GC.KeepAlive(new byte[1 << 20]);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        memory!.Dispose();
    }

    [Fact]
    public void A_build_leaves_the_collector_as_it_found_it()
    {
        using var site = new TempSite(SiteYml + Post("2026-01-05", "first") + Post("2026-01-06", "second"));
        var mode = GCSettings.LatencyMode;

        var result = site.Build(new BuildOptions { Now = TempSite.Now, OneShot = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(mode, GCSettings.LatencyMode);
    }
}
