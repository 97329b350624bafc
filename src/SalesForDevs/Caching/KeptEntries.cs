using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace SalesForDevs.Caching;

/// <summary>
/// Entries a cache keeps between builds of one process (sfd serve), with the bookkeeping every such cache needs: how
/// often a build found what it asked for, and forgetting, when a build ends, the entries it did not ask for (deleted
/// posts, tags no longer used), so they do not stay in memory.
/// <para>
/// Each entry remembers the number of the last build that used it, so using one costs a write of that number, and a
/// build need not make a set of the keys it used. Ending a build walks the entries only when some were not used: a build
/// that used as many distinct entries as there are has nothing to forget. Safe to use from parallel loops.
/// </para>
/// </summary>
internal sealed class KeptEntries<TKey, TValue> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Slot> _slots;
    private int _build;
    private int _usedThisBuild;
    private int _hits;
    private int _misses;
    private volatile bool _keepUnused;

    public KeptEntries(IEqualityComparer<TKey>? comparer = null) => _slots = new(comparer);

    /// <summary>Entries found since <see cref="StartBuild"/>, as the cache counted them (<see cref="CountHit"/>).</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Entries made again since <see cref="StartBuild"/> (<see cref="CountMiss"/>).</summary>
    public int Misses => Volatile.Read(ref _misses);

    public int Count => _slots.Count;

    /// <summary>Distinct entries the running build asked for or stored.</summary>
    public int UsedThisBuild => Volatile.Read(ref _usedThisBuild);

    public void StartBuild()
    {
        Interlocked.Increment(ref _build);
        _keepUnused = false;
        Interlocked.Exchange(ref _usedThisBuild, 0);
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }

    /// <summary>The kept value, noted as used by this build; false when there is none.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_slots.TryGetValue(key, out var slot))
        {
            MarkUsed(slot);
            value = slot.Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The kept value without noting it as used (to compare with, before deciding to keep it).</summary>
    public bool TryPeek(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_slots.TryGetValue(key, out var slot))
        {
            value = slot.Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, noted as used by this build.</summary>
    public void Set(TKey key, TValue value)
    {
        var slot = _slots.GetOrAdd(key, static _ => new Slot());
        slot.Value = value;
        MarkUsed(slot);
    }

    /// <summary>Forgets one entry now (a result that must not be reused, such as one that reported problems).</summary>
    public void Remove(TKey key)
    {
        if (_slots.TryRemove(key, out var slot) && Volatile.Read(ref slot.Build) == Volatile.Read(ref _build))
            Interlocked.Decrement(ref _usedThisBuild);
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        _slots.Clear();
        Interlocked.Exchange(ref _usedThisBuild, 0);
    }

    public void CountHit() => Interlocked.Increment(ref _hits);

    public void CountHits(int count) => Interlocked.Add(ref _hits, count);

    /// <summary>
    /// The running build used every entry, including those it did not ask for (it took a whole earlier result that holds
    /// them): <see cref="FinishBuild"/> then forgets nothing.
    /// </summary>
    public void KeepUnused() => _keepUnused = true;

    public void CountMiss() => Interlocked.Increment(ref _misses);

    /// <summary>
    /// Ends a complete build: forgets the entries it did not use. Call it only when every stage ran, so that whatever
    /// was not used belongs to files no longer in the site; a build that stopped early forgets nothing.
    /// </summary>
    /// <returns>How many entries were forgotten.</returns>
    public int FinishBuild()
    {
        var build = Volatile.Read(ref _build);
        if (_keepUnused || Volatile.Read(ref _usedThisBuild) >= _slots.Count) return 0;
        var forgotten = 0;
        foreach (var (key, slot) in _slots)
        {
            if (Volatile.Read(ref slot.Build) != build && _slots.TryRemove(new KeyValuePair<TKey, Slot>(key, slot))) forgotten++;
        }
        return forgotten;
    }

    private void MarkUsed(Slot slot)
    {
        var build = Volatile.Read(ref _build);
        if (Interlocked.Exchange(ref slot.Build, build) != build) Interlocked.Increment(ref _usedThisBuild);
    }

    private sealed class Slot
    {
        public TValue Value = default!;
        // 0 before any build used it; builds are numbered from 1.
        public int Build;
    }
}
