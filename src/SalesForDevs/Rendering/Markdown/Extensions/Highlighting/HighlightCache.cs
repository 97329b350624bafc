using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Highlighted code blocks kept between builds in <c>.sfd/cache/highlighting</c> of the site (git-ignored with the rest
/// of <c>.sfd/</c>; delete it at will). Loading a TextMate grammar and compiling its patterns is most of a small site's
/// markdown time, so a block whose language and text are unchanged is taken from here and a build whose blocks are all
/// known loads no grammar at all. An entry is keyed by a hash of the language and the code; the file is stamped with the
/// builds of sfd and of the grammars, and another stamp starts afresh, so a cached block is always what highlighting it
/// again would give. Entries no build has used in the last <see cref="KeptSaves"/> saves are dropped.
/// </summary>
internal sealed class HighlightCache
{
    public const string RelativePath = ".sfd/cache/highlighting";

    /// <summary>How many saves an unused entry survives (sfd serve saves after each edit that adds a block).</summary>
    public const int KeptSaves = 50;

    private const string Magic = "sfd highlighting cache 1";

    // Part of the stamp: caches keyed another way (SHA-256 before) start afresh instead of being misread.
    private const string KeyScheme = "xxh128-utf16";

    private static readonly AsyncLocal<HighlightCache?> Ambient = new();
    private static readonly Lazy<string> BuildStamp = new(MakeStamp);

    private readonly string _path;
    private readonly bool _ours;
    private readonly int _saves;
    private readonly Dictionary<UInt128, Entry> _stored;
    private readonly ConcurrentDictionary<UInt128, string> _used = new();
    private readonly ConcurrentDictionary<UInt128, string> _prepared = new();
    private int _added;

    private HighlightCache(string path, bool ours, int saves, Dictionary<UInt128, Entry> stored)
    {
        _path = path;
        _ours = ours;
        _saves = saves;
        _stored = stored;
    }

    /// <summary>The cache of the build running on this thread (and the parallel work it starts), or null outside one.</summary>
    public static HighlightCache? Current => Ambient.Value;

    /// <summary>
    /// Makes the site's cache current until the returned scope ends, which saves it when the build highlighted new blocks.
    /// The build's parallel rendering sees it too (it flows with the execution context).
    /// </summary>
    public static IDisposable Use(string siteDirectory)
    {
        var cache = Load(Path.Combine(siteDirectory, RelativePath));
        var previous = Ambient.Value;
        Ambient.Value = cache;
        return new Scope(cache, previous);
    }

    /// <summary>The kept highlighting of <paramref name="code"/> in the grammar language <paramref name="languageId"/>, or null.</summary>
    public string? Find(string languageId, string code) => Find(languageId, code.AsSpan());

    /// <inheritdoc cref="Find(string, string)"/>
    public string? Find(string languageId, ReadOnlySpan<char> code)
    {
        var key = KeyOf(languageId, code);
        if (_used.TryGetValue(key, out var html)) return html;
        if (_prepared.TryRemove(key, out var prepared)) return Used(key, prepared);
        if (_stored.TryGetValue(key, out var entry))
        {
            _used.TryAdd(key, entry.Html);
            return entry.Html;
        }
        // A block of a language the pass is still highlighting: wait for it rather than take turns on its grammar.
        if (Prepass is not { } prepass || !prepass.WaitFor(languageId)) return null;
        return _prepared.TryRemove(key, out prepared) ? Used(key, prepared) : _used.GetValueOrDefault(key);
    }

    /// <summary>The pass highlighting this build's blocks ahead of the markdown stage, if one runs.</summary>
    internal HighlightPrepass? Prepass { get; set; }

    private string Used(UInt128 key, string prepared)
    {
        // Highlighted ahead by this build (HighlightPrepass): new to the cache, like a block highlighted here.
        if (_used.TryAdd(key, prepared)) Interlocked.Increment(ref _added);
        return prepared;
    }

    /// <summary>Whether the cache holds the block, without counting it as used by this build.</summary>
    public bool Holds(string languageId, string code)
    {
        var key = KeyOf(languageId, code);
        return _used.ContainsKey(key) || _prepared.ContainsKey(key) || _stored.ContainsKey(key);
    }

    /// <summary>
    /// Keeps a block highlighted ahead of the markdown stage for this build. It counts as used, and is saved, only once
    /// the markdown stage finds it: a block read ahead that the markdown parser reads otherwise is never kept.
    /// </summary>
    public void Prepare(string languageId, string code, string html) => _prepared.TryAdd(KeyOf(languageId, code), html);

    public void Add(string languageId, string code, string html)
    {
        if (_used.TryAdd(KeyOf(languageId, code), html)) Interlocked.Increment(ref _added);
    }

    /// <summary>The number of blocks highlighted afresh since the cache was loaded (for tests and --verbose).</summary>
    public int Added => Volatile.Read(ref _added);

    internal static HighlightCache Load(string path)
    {
        var empty = new Dictionary<UInt128, Entry>();
        var file = new FileInfo(path);
        if (!file.Exists) return new HighlightCache(path, ours: true, 0, empty);
        // sfd serve builds again and again: the file it read or wrote last is not read again while it is unchanged.
        if (Last is { } last && last.Path == file.FullName && last.Length == file.Length && last.Written == file.LastWriteTimeUtc)
            return new HighlightCache(path, ours: true, last.Saves, last.Entries);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            // A file that does not start like ours is someone else's: never overwrite it.
            if (!StartsLikeOurs(reader)) return new HighlightCache(path, ours: false, 0, empty);
            if (reader.ReadString() != BuildStamp.Value) return new HighlightCache(path, ours: true, 0, empty);
            var saves = reader.ReadInt32();
            var count = reader.ReadInt32();
            var stored = new Dictionary<UInt128, Entry>(count);
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var lastUsed = reader.ReadInt32();
                stored[key] = new Entry(lastUsed, reader.ReadString());
            }
            Remember(file, saves, stored);
            return new HighlightCache(path, ours: true, saves, stored);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            // Ours but unreadable or cut short: highlight afresh; the next save replaces it.
            return new HighlightCache(path, ours: true, 0, empty);
        }
    }

    private static bool StartsLikeOurs(BinaryReader reader)
    {
        var magic = Encoding.UTF8.GetBytes(Magic);
        var head = reader.ReadBytes(magic.Length + 1);
        return head.Length == magic.Length + 1 && head[0] == magic.Length && head.AsSpan(1).SequenceEqual(magic);
    }

    /// <summary>
    /// Writes the entries used by this build and those used in recent saves, through a temporary file so that a build
    /// that dies or runs beside another never leaves half a file. A site folder that cannot be written still builds.
    /// </summary>
    internal void Save()
    {
        if (Added == 0 || !_ours) return;
        var saves = _saves + 1;
        var entries = new SortedDictionary<UInt128, Entry>();
        foreach (var (key, entry) in _stored)
            if (saves - entry.LastUsed < KeptSaves) entries[key] = entry;
        foreach (var (key, html) in _used) entries[key] = new Entry(saves, html);
        var temporary = $"{_path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(BuildStamp.Value);
                writer.Write(saves);
                writer.Write(entries.Count);
                foreach (var (key, entry) in entries)
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    writer.Write(entry.LastUsed);
                    writer.Write(entry.Html);
                }
            }
            File.Move(temporary, _path, overwrite: true);
            Remember(new FileInfo(_path), saves, new Dictionary<UInt128, Entry>(entries));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
        }
    }

    private static Snapshot? Last
    {
        get { lock (LastGate) return _last; }
    }

    private static void Remember(FileInfo file, int saves, Dictionary<UInt128, Entry> entries)
    {
        file.Refresh();
        lock (LastGate) _last = new Snapshot(file.FullName, file.Length, file.LastWriteTimeUtc, saves, entries);
    }

    private static readonly Lock LastGate = new();
    private static Snapshot? _last;

    private sealed record Snapshot(string Path, long Length, DateTime Written, int Saves, Dictionary<UInt128, Entry> Entries);

    /// <summary>
    /// XxHash128 of the code's UTF-16 text, seeded with a hash of the language. The cache only needs to tell contents
    /// apart, not to resist an attacker: a cryptographic hash here would load OpenSSL into every build that highlights.
    /// </summary>
    private static UInt128 KeyOf(string languageId, ReadOnlySpan<char> code) =>
        XxHash128.HashToUInt128(MemoryMarshal.AsBytes(code), unchecked((long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(languageId.AsSpan()))));

    /// <summary>
    /// What the highlighting depends on besides the code: how entries are keyed (<see cref="KeyScheme"/>), sfd's own
    /// build (the scope classes and the HTML it writes; the module id changes with any change to sfd) and the versions of
    /// TextMateSharp and its grammars.
    /// </summary>
    private static string MakeStamp()
    {
        string Version(Type type) => type.Assembly.GetName().Version?.ToString() ?? "?";
        return $"{KeyScheme}/{ModuleId()}/{Version(typeof(TextMateSharp.Registry.Registry))}/{Version(typeof(TextMateSharp.Grammars.RegistryOptions))}";
    }

    private static string ModuleId()
    {
        try
        {
            return typeof(HighlightCache).Module.ModuleVersionId.ToString();
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            // No module id to read: the cache then lasts only for this process.
            return Guid.NewGuid().ToString();
        }
    }

    private readonly record struct Entry(int LastUsed, string Html);

    private sealed class Scope(HighlightCache cache, HighlightCache? previous) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (_done) return;
            _done = true;
            Ambient.Value = previous;
            cache.Save();
        }
    }
}
