using SalesForDevs.Publishing;

namespace SalesForDevs.Tests.Publishing;

// Issue 14: the queue between rendering and the staging writers.
public sealed class StagingQueueTests
{
    [Fact]
    public void Items_come_out_in_order_and_those_below_a_batch_still_come_out_once_completed()
    {
        var queue = new StagingQueue<int>(capacity: 8, wakeAt: 4);
        var taken = new List<int>();
        var taker = new Thread(() =>
        {
            while (queue.TryTake(out var item)) taken.Add(item);
        });
        taker.Start();
        foreach (var i in Enumerable.Range(0, 6)) Assert.True(queue.TryAdd(i));
        queue.Complete();
        taker.Join();

        Assert.Equal([0, 1, 2, 3, 4, 5], taken);
    }

    [Fact]
    public void A_full_queue_takes_more_once_a_taker_made_room()
    {
        var queue = new StagingQueue<int>(capacity: 2, wakeAt: 2);
        Assert.True(queue.TryAdd(1));
        Assert.True(queue.TryAdd(2));
        var added = false;
        var adder = new Thread(() => added = queue.TryAdd(3));
        adder.Start();

        Assert.True(queue.TryTake(out var first));
        adder.Join();
        Assert.True(added);
        queue.Complete();
        var rest = new List<int>();
        while (queue.TryTake(out var item)) rest.Add(item);
        Assert.Equal(1, first);
        Assert.Equal([2, 3], rest);
    }

    [Fact]
    public void Completing_releases_an_adder_waiting_on_a_full_queue_without_queueing_its_item()
    {
        var queue = new StagingQueue<string>(capacity: 1, wakeAt: 1);
        Assert.True(queue.TryAdd("kept"));
        bool? added = null;
        var adder = new Thread(() => added = queue.TryAdd("refused"));
        adder.Start();

        queue.Complete();
        adder.Join();
        Assert.False(added);
        Assert.False(queue.TryAdd("after"));
        Assert.True(queue.TryTake(out var item));
        Assert.Equal("kept", item);
        Assert.False(queue.TryTake(out _));
    }

    [Fact]
    public void Many_adders_and_takers_pass_every_item_exactly_once()
    {
        var queue = new StagingQueue<int>(capacity: 16, wakeAt: 8);
        var taken = new System.Collections.Concurrent.ConcurrentBag<int>();
        var takers = Enumerable.Range(0, 3).Select(_ => new Thread(() =>
        {
            while (queue.TryTake(out var item)) taken.Add(item);
        })).ToList();
        takers.ForEach(t => t.Start());
        Parallel.For(0, 5000, i => Assert.True(queue.TryAdd(i)));
        queue.Complete();
        takers.ForEach(t => t.Join());

        Assert.Equal(Enumerable.Range(0, 5000), taken.Order());
    }
}
