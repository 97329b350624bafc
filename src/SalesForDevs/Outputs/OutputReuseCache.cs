using System.Collections.Concurrent;

namespace SalesForDevs.Outputs;

/// <summary>
/// Files and parts of files made from many pages (feeds, search documents, the search index, the sitemap), kept between
/// builds in one process (sfd serve) with the inputs they were made from: a slot whose inputs are equal to the last
/// build's gets the kept result back. Slots a build does not ask for are forgotten when it ends. Thread-safe.
/// </summary>
internal sealed class OutputReuseCache
{
    private readonly ConcurrentDictionary<string, (object Inputs, object Result)> _kept = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    /// <summary>Slots reused since the last <see cref="StartBuild"/>.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Slots made again since the last <see cref="StartBuild"/>.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public void StartBuild()
    {
        _used = new(StringComparer.Ordinal);
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }

    public T Reuse<TInputs, T>(string slot, TInputs inputs, Func<T> make) where TInputs : IEquatable<TInputs> where T : class
    {
        _used[slot] = 0;
        if (_kept.TryGetValue(slot, out var kept) && kept.Inputs is TInputs before && before.Equals(inputs) && kept.Result is T result)
        {
            Interlocked.Increment(ref _hits);
            return result;
        }
        Interlocked.Increment(ref _misses);
        result = make();
        _kept[slot] = (inputs, result);
        return result;
    }

    /// <summary>
    /// The result kept under <paramref name="slot"/>, without comparing inputs: for a caller that knows they are the same
    /// (<see cref="IOutputCache.ReuseFor"/>).
    /// </summary>
    public bool TryKept<T>(string slot, out T result) where T : class
    {
        if (_kept.TryGetValue(slot, out var kept) && kept.Result is T found)
        {
            _used[slot] = 0;
            Interlocked.Increment(ref _hits);
            result = found;
            return true;
        }
        result = null!;
        return false;
    }

    /// <summary>Forgets the slots the finished build did not ask for (deleted posts, tags no longer used).</summary>
    public void FinishBuild()
    {
        foreach (var slot in _kept.Keys)
            if (!_used.ContainsKey(slot)) _kept.TryRemove(slot, out _);
    }
}
