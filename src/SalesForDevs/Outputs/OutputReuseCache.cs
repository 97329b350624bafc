using SalesForDevs.Caching;

namespace SalesForDevs.Outputs;

/// <summary>
/// Files and parts of files made from many pages (feeds, search documents, the search index, the sitemap), kept between
/// builds in one process (sfd serve) with the inputs they were made from: a slot whose inputs are equal to the last
/// build's gets the kept result back. Slots a complete build does not ask for are forgotten when it ends. Thread-safe.
/// </summary>
internal sealed class OutputReuseCache
{
    private readonly KeptEntries<string, (object Inputs, object Result)> _kept = new(StringComparer.Ordinal);

    /// <summary>Slots (or parts of a slot made of parts) reused since the last <see cref="StartBuild"/>.</summary>
    public int Hits => _kept.Hits + Volatile.Read(ref _partHits);

    /// <summary>Slots (or parts) made again since the last <see cref="StartBuild"/>.</summary>
    public int Misses => _kept.Misses + Volatile.Read(ref _partMisses);

    private int _partHits;
    private int _partMisses;

    public void StartBuild()
    {
        _kept.StartBuild();
        Interlocked.Exchange(ref _partHits, 0);
        Interlocked.Exchange(ref _partMisses, 0);
    }

    public T Reuse<TInputs, T>(string slot, TInputs inputs, Func<T> make) where TInputs : IEquatable<TInputs> where T : class
    {
        if (_kept.TryGet(slot, out var kept) && kept.Inputs is TInputs before && before.Equals(inputs) && kept.Result is T result)
        {
            _kept.CountHit();
            return result;
        }
        _kept.CountMiss();
        result = make();
        _kept.Set(slot, (inputs, result));
        return result;
    }

    /// <summary>
    /// The result kept under <paramref name="slot"/>, without comparing inputs: for a caller that knows they are the same
    /// (<see cref="IOutputCache.ReuseFor"/>).
    /// </summary>
    public bool TryKept<T>(string slot, out T result) where T : class
    {
        if (_kept.TryGet(slot, out var kept) && kept.Result is T found)
        {
            _kept.CountHit();
            result = found;
            return true;
        }
        result = null!;
        return false;
    }

    /// <summary>The value kept under <paramref name="slot"/> by <see cref="Keep"/>, noted as used by this build.</summary>
    public bool TryGetKept<T>(string slot, out T value) where T : class
    {
        if (_kept.TryGet(slot, out var kept) && kept.Result is T found)
        {
            value = found;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>Keeps a value under <paramref name="slot"/> that its owner compares itself (the parts of a file made of parts, <see cref="KeptParts{TInputs, T}"/>).</summary>
    public void Keep<T>(string slot, T value) where T : class => _kept.Set(slot, (value, value));

    /// <summary>Counts parts of one slot as reused or made again, for the build's report.</summary>
    public void CountParts(int reused, int made)
    {
        Interlocked.Add(ref _partHits, reused);
        Interlocked.Add(ref _partMisses, made);
    }

    /// <summary>Forgets the slots the finished build did not ask for (deleted posts, tags no longer used).</summary>
    public void FinishBuild() => _kept.FinishBuild();
}
