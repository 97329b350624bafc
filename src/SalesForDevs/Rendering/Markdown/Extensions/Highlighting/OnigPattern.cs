using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// One regular expression of the grammars, compiled by Oniguruma (through the onigwrap library TextMateSharp ships) at
/// most once per process, on its first search. TextMateSharp compiles a scanner of its own per rule and per \A/\G
/// variant, so a pattern many rules share was compiled again for each (JavaScript: 142 distinct patterns compiled 493
/// times); here every rule that tries the same source shares one. Searches of one pattern are serialized: languages
/// highlight on several threads, and Oniguruma's thread-safety is not something the wrapper promises.
/// </summary>
internal sealed class OnigPattern
{
    private static readonly ConcurrentDictionary<string, OnigPattern> Compiled = new(StringComparer.Ordinal);
    private static readonly Lock CreateGate = new();
    private static int _count;

    private readonly Lock _gate = new();
    private nint _regex;
    private bool _invalid;

    private OnigPattern(string source, int id)
    {
        Source = source;
        Id = id;
        // \G matches only where a search starts, so only a pattern without it finds the same match from any start
        // between the last search's start and its match (GrammarTokenizer reuses such results).
        StartIndependent = !source.Contains("\\G", StringComparison.Ordinal);
    }

    /// <summary>The pattern as the grammar's rule gives it (anchors and back-references resolved).</summary>
    public string Source { get; }

    /// <summary>A number of its own in this process, for tables indexed by pattern.</summary>
    public int Id { get; }

    /// <summary>Whether a search's result depends only on the text, not on where the search starts.</summary>
    public bool StartIndependent { get; }

    /// <summary>How many times Oniguruma compiled this pattern: at most once (tests).</summary>
    internal int Compilations { get; private set; }

    /// <summary>How many distinct patterns this process has (the upper bound of <see cref="Id"/>).</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The process's one pattern for the source.</summary>
    public static OnigPattern For(string source)
    {
        if (Compiled.TryGetValue(source, out var pattern)) return pattern;
        lock (CreateGate)
            return Compiled.GetOrAdd(source, s => new OnigPattern(s, _count++));
    }

    /// <summary>
    /// Searches <paramref name="text"/> from <paramref name="start"/> (both in chars) into <paramref name="region"/>;
    /// false when nothing matches. An invalid pattern throws when searched, as in TextMateSharp.
    /// </summary>
    public bool Search(ReadOnlySpan<char> text, int start, OnigRegion region)
    {
        lock (_gate)
        {
            if (_regex == 0) Compile();
            // UTF-16 text: onigwrap takes byte offsets and gives char positions.
            var found = Native.onigwrap_search(_regex, ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(text)), start * 2, text.Length * 2, region.Handle);
            return found >= 0 && Native.onigwrap_pos(region.Handle, 0) >= 0;
        }
    }

    private void Compile()
    {
        if (_invalid) throw new ArgumentException("Invalid regular expression: " + Source);
        // The same rewriting TextMateSharp's wrapper applies before compiling (\xHH to \x{HH}, a too-long code point).
        var pattern = Onigwrap.UnicodeCharEscape.AddBracesToUnicodePatterns(Source).Replace("\\x{7fffffff}", "\\x{7ffff}");
        Compilations++;
        lock (CreateGate)
            _regex = Native.onigwrap_create(ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(pattern.AsSpan())), pattern.Length * 2, ignoreCase: 0, multiline: 0);
        if (_regex != 0) return;
        _invalid = true;
        throw new ArgumentException("Invalid regular expression: " + pattern);
    }

    // Text goes as UTF-16 bytes: a byte is blittable, so the runtime passes a pointer to the pinned text, not a copy.
    internal static class Native
    {
        private const string Library = "libonigwrap";

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern nint onigwrap_create(ref byte pattern, int length, int ignoreCase, int multiline);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int onigwrap_search(nint regex, ref byte text, int offset, int length, nint region);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern nint onigwrap_region_new();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern void onigwrap_region_free(nint region);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int onigwrap_num_regs(nint region);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int onigwrap_pos(nint region, int nth);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int onigwrap_len(nint region, int nth);
    }
}

/// <summary>Where a search writes its match: one per tokenizer, which uses it from one thread at a time.</summary>
internal sealed class OnigRegion
{
    public nint Handle { get; } = OnigPattern.Native.onigwrap_region_new();

    public int Count => OnigPattern.Native.onigwrap_num_regs(Handle);

    /// <summary>Group n's start and end in chars; (0, 0) for a group that took no part, as TextMateSharp gives it.</summary>
    public (int Start, int End) Group(int n)
    {
        var pos = OnigPattern.Native.onigwrap_pos(Handle, n);
        if (pos < 0) return (0, 0);
        var length = OnigPattern.Native.onigwrap_len(Handle, n);
        return (pos, pos + Math.Max(length, 0));
    }

    ~OnigRegion() => OnigPattern.Native.onigwrap_region_free(Handle);
}
