namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Loads, in the background, the grammar of each language a build will highlight, while the build still links the
/// content and loads the theme. Loading a grammar and compiling the patterns its first block reaches is most of a small
/// site's highlighting (JavaScript's alone is about 0.1 s) and used to start only when the markdown stage met the first
/// block of the language, with the other posts of that language waiting for it. Each language is warmed by highlighting
/// one of its blocks that the site's highlighting cache does not hold; a language whose blocks are all cached is not
/// loaded at all, as before. Warming changes no output: a grammar tokenizes every block alike whatever it tokenized
/// before (<see cref="LanguageGrammars"/> keeps each language's work under its own lock).
/// </summary>
internal static class GrammarPrefetch
{
    /// <summary>
    /// Starts finding and warming the languages of <paramref name="bodies"/> on background threads, so that reading
    /// every body for its fences costs the build's main thread nothing either.
    /// </summary>
    public static void Start(IReadOnlyList<string> bodies, HighlightCache? cache) =>
        new Thread(() => Run(bodies, cache, CodeHighlighter.Grammars)) { IsBackground = true, Name = "sfd grammar prefetch" }.Start();

    /// <summary>Finds and warms the languages, on this thread and as many more as there are other processors; returns them, most used first.</summary>
    internal static IReadOnlyList<string> Run(IReadOnlyList<string> bodies, HighlightCache? cache, LanguageGrammars grammars)
    {
        var warmups = Plan(bodies, cache, grammars);
        var queue = new System.Collections.Concurrent.ConcurrentQueue<(string Id, string Code)>(warmups);
        var helpers = new List<Thread>();
        for (var i = 1; i < Math.Min(warmups.Count, Environment.ProcessorCount); i++)
        {
            var thread = new Thread(() => Warm(queue, grammars)) { IsBackground = true, Name = "sfd grammar prefetch" };
            thread.Start();
            helpers.Add(thread);
        }
        Warm(queue, grammars);
        foreach (var thread in helpers) thread.Join();
        return warmups.Select(w => w.Id).ToList();
    }

    /// <summary>The languages to warm, each with the first of its blocks the cache lacks, the most used language first.</summary>
    internal static List<(string Id, string Code)> Plan(IEnumerable<string> bodies, HighlightCache? cache, LanguageGrammars grammars)
    {
        var needed = new Dictionary<string, (int Blocks, string Code)>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            foreach (var block in FencedBlockScan.Find(body))
            {
                if (CodeLanguages.Find(block.Language) is not { } id || grammars.IsLoaded(id)) continue;
                if (cache is not null && cache.Holds(id, block.Code)) continue;
                needed[id] = needed.TryGetValue(id, out var seen) ? (seen.Blocks + 1, seen.Code) : (1, block.Code);
            }
        }
        return needed.OrderByDescending(n => n.Value.Blocks).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => (n.Key, n.Value.Code)).ToList();
    }

    private static void Warm(System.Collections.Concurrent.ConcurrentQueue<(string Id, string Code)> queue, LanguageGrammars grammars)
    {
        while (queue.TryDequeue(out var warmup))
        {
            try
            {
                grammars.Highlight(warmup.Id, warmup.Code);
            }
            catch (Exception)
            {
                // Only a head start: the markdown stage highlights the language again and reports what goes wrong there.
            }
        }
    }
}
