using System.Collections.Concurrent;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Highlights a build's code blocks ahead of the markdown stage, one language at a time on each processor, starting while
/// the build still loads the theme. Highlighting used to happen inside the markdown stage, post by post: a language's
/// grammar loaded when the first post using it got there (JavaScript's grammar and first patterns take about 0.1 s),
/// every other post of that language waited on it, and posts in one language took turns on its grammar, so on a small
/// site with code the stage ran on little more than one processor. Here the languages with the most code go first, each
/// grammar works on one thread without waiting, and the markdown stage renders the posts whose blocks are ready while
/// the last languages finish; a block of a language still in the pass waits for it (<see cref="HighlightCache.Find(string, ReadOnlySpan{char})"/>).
/// Blocks are found by <see cref="FencedBlockScan"/>; one it misses is highlighted in the markdown stage as before, and
/// one it reads otherwise is never used or kept. Blocks the cache holds are not highlighted again, and a language with
/// none left is not loaded at all. Order changes no output: a grammar tokenizes each block alike whatever it tokenized
/// before (<see cref="LanguageGrammars"/> keeps each language's work under its own lock).
/// </summary>
internal sealed class HighlightPrepass
{
    private readonly HighlightCache _cache;
    private readonly LanguageGrammars _grammars;
    private readonly ConcurrentQueue<Language> _queue = new();
    private readonly Dictionary<string, Language> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _bodyLanguages = new(ReferenceEqualityComparer.Instance);
    private readonly List<Thread> _threads = [];
    private readonly ManualResetEventSlim _planned = new();

    private HighlightPrepass(HighlightCache cache, LanguageGrammars grammars) => (_cache, _grammars) = (cache, grammars);

    /// <summary>A language's blocks that the cache lacks, each once; <see cref="Done"/> is set when the pass is through them.</summary>
    internal sealed record Language(string Id, IReadOnlyList<string> Blocks)
    {
        public ManualResetEventSlim Done { get; } = new();
    }

    /// <summary>
    /// Finds the blocks of <paramref name="bodies"/> and starts highlighting them on background threads (finding them
    /// costs the calling thread nothing either); the cache hands them to the markdown stage.
    /// </summary>
    public static HighlightPrepass Start(IReadOnlyList<string> bodies, HighlightCache cache) => Start(bodies, cache, CodeHighlighter.Grammars);

    internal static HighlightPrepass Start(IReadOnlyList<string> bodies, HighlightCache cache, LanguageGrammars grammars)
    {
        var prepass = new HighlightPrepass(cache, grammars);
        cache.Prepass = prepass;
        var first = new Thread(() =>
        {
            try
            {
                foreach (var language in prepass.Plan(bodies)) prepass._queue.Enqueue(language);
                for (var i = 1; i < Math.Min(prepass._queue.Count, Environment.ProcessorCount); i++) prepass.StartThread();
            }
            catch (Exception)
            {
                // Only a head start: without it the markdown stage highlights every block itself.
                prepass._languages.Clear();
            }
            finally
            {
                prepass._planned.Set();
            }
            prepass.Work();
        }) { IsBackground = true, Name = "sfd highlighting" };
        prepass._threads.Add(first);
        first.Start();
        return prepass;
    }

    /// <summary>
    /// Takes on the languages no thread has started yet, then returns: the markdown stage can begin while the last ones
    /// finish (render the posts <see cref="IsReady"/> first).
    /// </summary>
    public void Help()
    {
        _planned.Wait();
        Work();
    }

    /// <summary>Whether every block the body was seen to hold is highlighted (or left to the markdown stage).</summary>
    public bool IsReady(string body)
    {
        _planned.Wait();
        return !_bodyLanguages.TryGetValue(body, out var ids) || ids.All(id => !_languages.TryGetValue(id, out var l) || l.Done.IsSet);
    }

    /// <summary>Waits until the pass is through the language; false when the pass has none of its blocks.</summary>
    public bool WaitFor(string languageId)
    {
        _planned.Wait();
        if (!_languages.TryGetValue(languageId, out var language)) return false;
        language.Done.Wait();
        return true;
    }

    /// <summary>Waits for every thread of the pass to end (the markdown stage is over; a block it never asked for may remain).</summary>
    public void Join()
    {
        _planned.Wait();
        foreach (var thread in _threads.ToArray()) thread.Join();
    }

    /// <summary>A pass that is not started, for its <see cref="Plan"/> alone (tests).</summary>
    internal static HighlightPrepass Planner(HighlightCache cache, LanguageGrammars? grammars = null) => new(cache, grammars ?? new LanguageGrammars());

    /// <summary>Each language with the blocks the cache lacks, the language with the most code first.</summary>
    internal List<Language> Plan(IReadOnlyList<string> bodies)
    {
        var blocks = new Dictionary<string, (HashSet<string> Seen, List<string> Codes, long Length)>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            var ids = new List<string>();
            foreach (var block in FencedBlockScan.Find(body))
            {
                // A language this process loaded already gains nothing from the pass (tests build many sites in one).
                if (CodeLanguages.Find(block.Language) is not { } id || _grammars.IsLoaded(id) || _cache.Holds(id, block.Code)) continue;
                if (!ids.Contains(id)) ids.Add(id);
                if (!blocks.TryGetValue(id, out var language)) blocks[id] = language = (new HashSet<string>(StringComparer.Ordinal), [], 0);
                if (!language.Seen.Add(block.Code)) continue;
                language.Codes.Add(block.Code);
                blocks[id] = language with { Length = language.Length + block.Code.Length };
            }
            if (ids.Count > 0) _bodyLanguages[body] = [.. ids];
        }
        var plan = blocks.OrderByDescending(b => b.Value.Length).ThenBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => new Language(b.Key, b.Value.Codes)).ToList();
        foreach (var language in plan) _languages[language.Id] = language;
        return plan;
    }

    private void StartThread()
    {
        var thread = new Thread(Work) { IsBackground = true, Name = "sfd highlighting" };
        _threads.Add(thread);
        thread.Start();
    }

    private void Work()
    {
        while (_queue.TryDequeue(out var language))
        {
            try
            {
                foreach (var code in language.Blocks)
                {
                    // The markdown stage may have come to it first (a block it could not wait for).
                    if (_cache.Holds(language.Id, code)) continue;
                    if (_grammars.Highlight(language.Id, code) is { } html) _cache.Prepare(language.Id, code, html);
                }
            }
            catch (Exception)
            {
                // Only a head start: the markdown stage highlights the language's blocks again and reports what goes wrong.
            }
            finally
            {
                language.Done.Set();
            }
        }
    }
}
