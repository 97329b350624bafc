using System.Runtime.ExceptionServices;

namespace SalesForDevs.Publishing;

/// <summary>
/// Runs many small file-system operations (create, link, delete) at once. They spend their time waiting on the disk's
/// journal, not the processor, so more of them than there are cores keeps the disk busy; dedicated threads avoid
/// waiting for the thread pool to grow, which it does slowly when its threads block.
/// </summary>
internal static class FileSystemWork
{
    private static readonly int Threads = Math.Max(8, 4 * Environment.ProcessorCount);

    /// <summary>Runs <paramref name="action"/> on every item; the first exception is rethrown once all threads stopped.</summary>
    public static void ForEach<T>(IReadOnlyList<T> items, Action<T> action)
    {
        if (items.Count < 64)
        {
            foreach (var item in items) action(item);
            return;
        }
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            int i;
            while (Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < items.Count)
            {
                try
                {
                    action(items[i]);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                }
            }
        }
        var threads = Enumerable.Range(0, Math.Min(Threads, items.Count / 16 + 1)).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        failure?.Throw();
    }
}
