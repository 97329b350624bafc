using SalesForDevs.Caching;

namespace SalesForDevs.Tests.Caching;

public sealed class KeptEntriesTests
{
    [Fact]
    public void A_complete_build_forgets_the_entries_it_did_not_use()
    {
        var entries = new KeptEntries<string, int>(StringComparer.Ordinal);
        entries.StartBuild();
        entries.Set("a", 1);
        entries.Set("b", 2);
        entries.Set("c", 3);
        Assert.Equal(0, entries.FinishBuild());

        entries.StartBuild();
        Assert.True(entries.TryGet("a", out var a));
        entries.Set("c", 30);
        Assert.Equal(1, entries.FinishBuild());

        Assert.Equal(2, entries.Count);
        Assert.Equal(1, a);
        Assert.False(entries.TryPeek("b", out _));
        Assert.True(entries.TryPeek("c", out var c));
        Assert.Equal(30, c);
    }

    [Fact]
    public void A_build_that_used_every_entry_keeps_them_all()
    {
        var entries = new KeptEntries<int, string>();
        entries.StartBuild();
        for (var i = 0; i < 100; i++) entries.Set(i, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entries.FinishBuild();

        entries.StartBuild();
        // Asked for twice: still one distinct entry each.
        Parallel.For(0, 200, i => Assert.True(entries.TryGet(i % 100, out _)));
        Assert.Equal(100, entries.UsedThisBuild);
        Assert.Equal(0, entries.FinishBuild());
        Assert.Equal(100, entries.Count);
    }

    [Fact]
    public void Peeking_does_not_keep_an_entry()
    {
        var entries = new KeptEntries<string, int>(StringComparer.Ordinal);
        entries.StartBuild();
        entries.Set("a", 1);
        entries.FinishBuild();

        entries.StartBuild();
        Assert.True(entries.TryPeek("a", out _));
        Assert.Equal(0, entries.UsedThisBuild);
        Assert.Equal(1, entries.FinishBuild());
        Assert.Equal(0, entries.Count);
    }

    [Fact]
    public void A_removed_entry_no_longer_counts_as_used()
    {
        var entries = new KeptEntries<string, int>(StringComparer.Ordinal);
        entries.StartBuild();
        entries.Set("a", 1);
        entries.Set("b", 2);
        entries.FinishBuild();

        entries.StartBuild();
        entries.TryGet("a", out _);
        entries.TryGet("b", out _);
        entries.Remove("b");
        entries.Set("c", 3);
        // a and c used, b gone: nothing left to forget.
        Assert.Equal(2, entries.UsedThisBuild);
        Assert.Equal(0, entries.FinishBuild());
        Assert.Equal(["a", "c"], new[] { "a", "b", "c" }.Where(k => entries.TryPeek(k, out _)));
    }

    [Fact]
    public void Counts_start_again_with_each_build()
    {
        var entries = new KeptEntries<string, int>(StringComparer.Ordinal);
        entries.StartBuild();
        entries.CountHit();
        entries.CountMiss();
        entries.CountMiss();
        Assert.Equal((1, 2), (entries.Hits, entries.Misses));
        entries.StartBuild();
        Assert.Equal((0, 0), (entries.Hits, entries.Misses));
    }
}
