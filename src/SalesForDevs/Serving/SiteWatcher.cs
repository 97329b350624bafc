using System.Diagnostics;
using System.Threading.Channels;

namespace SalesForDevs.Serving;

/// <summary>
/// Watches what a build reads — content/, themes/, layouts/, shortcodes/, i18n/ and site.yml — and calls back once per burst of
/// changes, after the files have been quiet for the debounce time. Callbacks never overlap: changes made
/// during a rebuild form the next batch.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>The folders under the site that a build reads, watched with everything inside them.</summary>
    public static readonly string[] WatchedFolders = ["content", "themes", "layouts", "shortcodes", "i18n"];

    public const string ConfigFile = "site.yml";

    // Not a path any file can have: marks a batch in which events were lost.
    private const string LostEvents = "\0lost";

    private readonly string _siteDirectory;
    private readonly TimeSpan _debounce;
    private readonly Func<SiteChanges, Task> _onChange;
    private readonly Channel<(string Path, long At)> _events = Channel.CreateUnbounded<(string, long)>();
    private readonly Dictionary<string, FileSystemWatcher> _folderWatchers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private FileSystemWatcher? _rootWatcher;
    private Task _loop = Task.CompletedTask;

    public SiteWatcher(string siteDirectory, TimeSpan debounce, Func<SiteChanges, Task> onChange)
    {
        _siteDirectory = Path.GetFullPath(siteDirectory);
        _debounce = debounce;
        _onChange = onChange;
    }

    public void Start()
    {
        // The site folder itself is watched one level deep only: for site.yml, and for a watched folder that
        // appears later. Watching it recursively would also watch _site/, .git/ and any build output.
        _rootWatcher = new FileSystemWatcher(_siteDirectory) { IncludeSubdirectories = false, InternalBufferSize = 64 * 1024 };
        Hook(_rootWatcher, OnRootEvent);
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in WatchedFolders) WatchFolder(folder);
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>Whether a change to this site-relative path can change the built site.</summary>
    public static bool IsWatched(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (path == ConfigFile) return true;
        var slash = path.IndexOf('/');
        var top = slash < 0 ? path : path[..slash];
        if (!WatchedFolders.Contains(top, StringComparer.Ordinal)) return false;
        var name = path[(path.LastIndexOf('/') + 1)..];
        return !IsEditorScratch(name);
    }

    /// <summary>Swap, backup and lock files that editors write beside the real one.</summary>
    private static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal)
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
        || name is "4913" or ".DS_Store";

    private void OnRootEvent(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (WatchedFolders.Contains(name, StringComparer.Ordinal)) WatchFolder(name);
        Record(fullPath);
    }

    private void WatchFolder(string name)
    {
        lock (_lock)
        {
            var folder = Path.Combine(_siteDirectory, name);
            if (_folderWatchers.TryGetValue(name, out var existing))
            {
                if (Directory.Exists(folder)) return;
                existing.Dispose();
                _folderWatchers.Remove(name);
                return;
            }
            if (!Directory.Exists(folder) || _stop.IsCancellationRequested) return;
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 };
            Hook(watcher, Record);
            watcher.EnableRaisingEvents = true;
            _folderWatchers[name] = watcher;
        }
    }

    private void Hook(FileSystemWatcher watcher, Action<string> handler)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, e) => handler(e.FullPath);
        watcher.Created += (_, e) => handler(e.FullPath);
        watcher.Deleted += (_, e) => handler(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            handler(e.OldFullPath);
            handler(e.FullPath);
        };
        // A lost event (buffer overflow) could be any file: rebuild, and read everything again.
        watcher.Error += (_, _) => _events.Writer.TryWrite((LostEvents, Stopwatch.GetTimestamp()));
    }

    private void Record(string fullPath)
    {
        var relative = Path.GetRelativePath(_siteDirectory, fullPath).Replace('\\', '/');
        if (IsWatched(relative)) _events.Writer.TryWrite((relative, Stopwatch.GetTimestamp()));
    }

    private async Task RunAsync(CancellationToken token)
    {
        var reader = _events.Reader;
        try
        {
            while (await reader.WaitToReadAsync(token))
            {
                var paths = new SortedSet<string>(StringComparer.Ordinal);
                var lost = false;
                long first = 0;
                // Collect until the files have been quiet for the debounce time.
                do
                {
                    while (reader.TryRead(out var e))
                    {
                        if (paths.Count == 0 && !lost) first = e.At;
                        if (e.Path == LostEvents) lost = true;
                        else paths.Add(e.Path);
                    }
                    await Task.Delay(_debounce, token);
                } while (reader.TryPeek(out _));

                try
                {
                    await _onChange(new SiteChanges(paths.ToList(), first) { EventsLost = lost });
                }
                catch (Exception) when (!token.IsCancellationRequested)
                {
                    // A failing callback must not stop the watching; the callback reports its own errors.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        lock (_lock)
        {
            _rootWatcher?.Dispose();
            foreach (var watcher in _folderWatchers.Values) watcher.Dispose();
            _folderWatchers.Clear();
        }
        _events.Writer.TryComplete();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
