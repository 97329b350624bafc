using System.Runtime;

namespace SalesForDevs.Building;

/// <summary>
/// Runs the rest of a small site's one-shot build without garbage collection. Such a build allocates a few tens of
/// megabytes, and nearly all of it (posts, graph, theme, grammars, pages on their way out) stays alive until it is
/// written, so a collection finds little to free: it stops every thread to copy the survivors into fresh memory. In
/// the native sfd the two collections of a 10-post build paused it for about 50 ms of its 0.3 s. A larger site keeps
/// the collector as it is, so its memory stays in check: a region left open past the linking stage would leave the
/// collector a budget this large even after it ends.
/// </summary>
internal sealed class SmallBuildMemory : IDisposable
{
    /// <summary>Posts and pages up to which a site counts as small: its build allocates well under <see cref="Budget"/>.</summary>
    public const int MaxItems = 32;

    /// <summary>What the rest of the build may allocate without a collection: a 10-post build allocates about 16 MB in all.</summary>
    public const long Budget = 48L << 20;

    private bool _active;

    private SmallBuildMemory() => _active = true;

    /// <summary>Heap size up to which starting a region is cheap: the heap of a small site's build after linking is a few megabytes.</summary>
    public const long MaxHeap = 32L << 20;

    /// <summary>
    /// Starts the region for a site of <paramref name="items"/> posts and pages when it is small; null when it is not, or
    /// where another region is open already (builds run side by side in one process). Starting one collects the whole
    /// heap, so a process that holds much already (a test run) keeps the collector as it is.
    /// </summary>
    public static SmallBuildMemory? Start(int items) => Start(items, GC.GetTotalMemory(forceFullCollection: false));

    internal static SmallBuildMemory? Start(int items, long heap)
    {
        if (items > MaxItems || heap > MaxHeap) return null;
        try
        {
            return GC.TryStartNoGCRegion(Budget) ? new SmallBuildMemory() : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Another region is open, or the collector's segments are too small for the budget (32-bit processes).
            return null;
        }
    }

    public void Dispose()
    {
        if (!_active) return;
        _active = false;
        // The region ends by itself when the build allocates more than the budget.
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // A collection ended it between the check and the call.
        }
    }
}
