namespace SalesForDevs.Publishing;

/// <summary>
/// The bounded queue between the rendering threads and the staging writer's threads. A waiting thread sleeps at once
/// instead of spinning first (as <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> does, which on a
/// busy machine spends more processor time yielding than the writers spend writing), and sleeping writers are woken
/// when a few files are waiting rather than for each one, so a page costs no thread switch of its own.
/// </summary>
internal sealed class StagingQueue<T>(int capacity, int wakeAt)
{
    private readonly Queue<T> _items = new(capacity);
    private int _sleepingTakers;
    private int _sleepingAdders;
    private bool _completed;

    /// <summary>Waits while the queue is full. False, and nothing queued, once <see cref="Complete"/> was called.</summary>
    public bool TryAdd(T item)
    {
        lock (_items)
        {
            while (_items.Count >= capacity && !_completed)
            {
                _sleepingAdders++;
                Monitor.Wait(_items);
                _sleepingAdders--;
            }
            if (_completed) return false;
            _items.Enqueue(item);
            if (_sleepingTakers > 0 && (_items.Count >= wakeAt || _items.Count >= capacity)) Monitor.PulseAll(_items);
            return true;
        }
    }

    /// <summary>Waits for an item; false once the queue is completed and empty.</summary>
    public bool TryTake(out T item)
    {
        lock (_items)
        {
            // A taker that finds nothing waits for a batch; one that is already working takes whatever is there.
            while (_items.Count == 0 && !_completed)
            {
                _sleepingTakers++;
                Monitor.Wait(_items);
                _sleepingTakers--;
            }
            if (!_items.TryDequeue(out item!)) return false;
            if (_sleepingAdders > 0) Monitor.PulseAll(_items);
            return true;
        }
    }

    /// <summary>No more items: waiting adders give up, takers empty the queue and stop.</summary>
    public void Complete()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }
}
